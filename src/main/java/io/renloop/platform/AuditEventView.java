package io.renloop.platform;

import java.time.Instant;

/**
 * One entry of the audit log as the API shows it.
 */
public record AuditEventView(long id, Instant occurredAt, String actor, String action, String entityType,
		String entityId, String before, String after, String hash) {
}
