package io.renloop.platform.internal;

import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantTransactions;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The tenant is set first, then a new transaction opens inside it, unless the caller's already belongs to it. */
@Component
class DefaultTenantTransactions implements TenantTransactions {

	private final TransactionTemplate requiresNew;

	private final TransactionTemplate newReadOnly;

	private final EntityManager entityManager;

	DefaultTenantTransactions(PlatformTransactionManager transactions, EntityManager entityManager) {
		this.requiresNew = new TransactionTemplate(transactions);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.newReadOnly = new TransactionTemplate(transactions);
		this.newReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.newReadOnly.setReadOnly(true);
		this.entityManager = entityManager;
	}

	@Override
	public void run(String tenantId, Runnable work) {
		SystemActor.runAs(tenantId, () -> requiresNew.executeWithoutResult(status -> work.run()));
	}

	@Override
	public <T> T call(String tenantId, Supplier<T> work) {
		return SystemActor.callAs(tenantId, () -> requiresNew.execute(status -> work.get()));
	}

	@Override
	public <T> T read(String tenantId, Supplier<T> work) {
		if (callerTransactionBelongsTo(tenantId)) {
			return SystemActor.callAs(tenantId, work);
		}
		return SystemActor.callAs(tenantId, () -> newReadOnly.execute(status -> work.get()));
	}

	private boolean callerTransactionBelongsTo(String tenantId) {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& tenantId.equals(entityManager.unwrap(Session.class).getTenantIdentifierValue());
	}
}
