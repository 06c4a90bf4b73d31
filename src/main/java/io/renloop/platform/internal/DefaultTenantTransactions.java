package io.renloop.platform.internal;

import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantTransactions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The tenant is set first, then a new transaction opens inside it. */
@Component
class DefaultTenantTransactions implements TenantTransactions {

	private final TransactionTemplate requiresNew;

	DefaultTenantTransactions(PlatformTransactionManager transactions) {
		this.requiresNew = new TransactionTemplate(transactions);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void run(String tenantId, Runnable work) {
		SystemActor.runAs(tenantId, () -> requiresNew.executeWithoutResult(status -> work.run()));
	}

	@Override
	public <T> T call(String tenantId, Supplier<T> work) {
		return SystemActor.callAs(tenantId, () -> requiresNew.execute(status -> work.get()));
	}
}
