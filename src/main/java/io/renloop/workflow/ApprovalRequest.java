package io.renloop.workflow;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A request to approve one subject of a business module.
 *
 * @param subjectType what is approved, e.g. {@code offer}, {@code leave}, {@code probation}; the tenant's chain
 * for this type decides who approves
 * @param subjectId the id of the subject in its module
 * @param title a short line that approvers see in their inbox, e.g. "Offer · 李明远 · 安全工程师"
 * @param departmentId the department whose manager hierarchy approves (level 1 = its head), or null
 * @param employeeId the employee the request is about or from (for leave: the requester; level 1 = their manager),
 * or null
 * @param amount the amount that threshold conditions compare (e.g. monthly salary), or null
 * @param attributes further values shown to approvers and usable in conditions, possibly empty
 */
public record ApprovalRequest(String subjectType, UUID subjectId, String title, UUID departmentId, UUID employeeId,
		BigDecimal amount, Map<String, Object> attributes) {

	public ApprovalRequest {
		Objects.requireNonNull(subjectType, "subjectType");
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(title, "title");
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}
}
