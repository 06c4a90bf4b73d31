package io.renloop.platform.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit entries of one transaction, written in the order they were recorded just before it commits. Kept as a
 * synchronization of that transaction, so that a transaction of its own started meanwhile (and suspending this one)
 * keeps entries of its own. Tenants are written in a fixed order, so two transactions auditing the same two tenants
 * cannot deadlock on their locks.
 */
final class PendingAuditEntries implements TransactionSynchronization {

	private final JdbcAuditTrail trail;

	private final List<JdbcAuditTrail.AuditEntry> entries = new ArrayList<>();

	private boolean written;

	private PendingAuditEntries(JdbcAuditTrail trail) {
		this.trail = trail;
	}

	/** The current transaction's entries, registered with it on first use. */
	static PendingAuditEntries of(JdbcAuditTrail trail) {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingAuditEntries pending && pending.trail == trail) {
				return pending;
			}
		}
		PendingAuditEntries pending = new PendingAuditEntries(trail);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	/** Keeps the entry for the commit; one recorded after the entries were written is written at once. */
	void add(JdbcAuditTrail.AuditEntry entry) {
		if (written) {
			trail.write(entry);
		}
		else {
			entries.add(entry);
		}
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		written = true;
		List<JdbcAuditTrail.AuditEntry> ordered = new ArrayList<>(entries);
		entries.clear();
		ordered.sort(Comparator.comparing(JdbcAuditTrail.AuditEntry::tenantId)); // stable: recording order per tenant
		ordered.forEach(trail::write);
	}

	@Override
	public int getOrder() {
		return LOWEST_PRECEDENCE; // after the other synchronizations' work before the commit, which may audit too
	}
}
