package io.renloop.platform;

/**
 * The tamper-evident audit log. Every change and every read of sensitive personal data is recorded,
 * in the caller's transaction, with the acting user and tenant taken from the context.
 */
public interface AuditTrail {

	/**
	 * Records a change. Snapshots must never contain personal data in plain text: pass masked values.
	 * @param action e.g. CREATE, UPDATE, DELETE, TRANSFER
	 * @param entityType e.g. Employee
	 * @param entityId the id of the changed record
	 * @param before the state before (null on create), serialized as JSON
	 * @param after the state after (null on delete), serialized as JSON
	 */
	void recordChange(String action, String entityType, Object entityId, Object before, Object after);

	/**
	 * Records that sensitive personal data was revealed to the current user.
	 * @param entityType e.g. Employee
	 * @param entityId the record read
	 * @param fields the revealed fields
	 */
	void recordSensitiveRead(String entityType, Object entityId, String fields);
}
