package io.renloop.organization;

import java.util.UUID;

/**
 * A unit of the org tree.
 *
 * @param id the department
 * @param parentId the parent unit, null for the company at the root
 * @param code short unique code within the tenant
 * @param name display name
 * @param kind company, department or team
 * @param managerId the employee who heads the unit, if any
 * @param depth 0 for the root
 * @param sortOrder order among siblings
 */
public record DepartmentView(UUID id, UUID parentId, String code, String name, DepartmentKind kind, UUID managerId,
		int depth, int sortOrder) {
}
