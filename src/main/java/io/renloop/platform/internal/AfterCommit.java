package io.renloop.platform.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the caller's transaction has committed, never when it rolls back, or at once outside a
 * transaction. The outgoing message ports use it so that a rolled-back change never reaches anybody.
 */
final class AfterCommit {

	private AfterCommit() {
	}

	static void run(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}
}
