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

	/**
	 * Reads as the system actor of the tenant: inside the caller's transaction when its session already belongs to
	 * the tenant (a request's), else in a new read-only transaction (a timer's or a listener's, opened before the
	 * tenant was known). A request must not take a second pooled connection for such a read: under load every
	 * connection would wait for another one.
	 */
	<T> T read(String tenantId, Supplier<T> work);
}
