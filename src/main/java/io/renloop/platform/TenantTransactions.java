package io.renloop.platform;

import java.util.function.Supplier;

/**
 * Runs the effect of a durable event as the event's tenant, in a transaction of its own. A listener's transaction
 * would begin before the tenant is known, and Hibernate reads the tenant when it opens the session, so every
 * {@code @ApplicationModuleListener} declares {@code propagation = NOT_SUPPORTED} and does its work through this
 * (see ADR 0018).
 */
public interface TenantTransactions {

	/** Runs the work as the system actor of the tenant in a new transaction, committed when the work returns. */
	void run(String tenantId, Runnable work);

	/** {@link #run} with a result. */
	<T> T call(String tenantId, Supplier<T> work);
}
