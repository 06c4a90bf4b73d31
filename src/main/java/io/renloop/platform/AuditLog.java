package io.renloop.platform;

import io.renloop.shared.PageView;

/**
 * Reads and verifies the current tenant's audit chain.
 */
public interface AuditLog {

	/** Newest first, optionally for one entity type and id. */
	PageView<AuditEventView> events(String entityType, String entityId, int page, int size);

	/** Re-computes every hash of the tenant's chain. */
	AuditVerification verify();
}
