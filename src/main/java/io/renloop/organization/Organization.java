package io.renloop.organization;

import io.renloop.organization.OrganizationCommands.SaveDepartment;
import io.renloop.organization.OrganizationCommands.SaveJobFamily;
import io.renloop.organization.OrganizationCommands.SavePosition;
import io.renloop.organization.OrganizationCommands.SetHeadcount;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The org tree, positions, job families and headcount plans of the current tenant. Unknown ids, and ids
 * of other tenants, raise {@code NotFoundException}.
 */
public interface Organization {

	/** The whole tree, parents before children, siblings in order. */
	List<DepartmentView> departments();

	DepartmentView department(UUID id);

	/**
	 * The parent of every department that has one, in one light read: for computations that walk up the tree on
	 * every request (whose calendar applies to an employee's unit).
	 */
	Map<UUID, UUID> departmentParents();

	Optional<DepartmentView> departmentByCode(String code);

	DepartmentView createDepartment(SaveDepartment command);

	DepartmentView updateDepartment(UUID id, SaveDepartment command);

	/** The department and every unit below it. */
	Set<UUID> subtreeIds(UUID departmentId);

	/**
	 * The departments a department-scoped user (a manager) is confined to, so that every module's records follow
	 * the same data scope as employee records: their department alone, or it and every unit below it.
	 *
	 * @return the departments of a DEPARTMENT or SUBTREE scope; empty for the whole tenant, for the self scope and
	 * for a user who belongs to no department
	 */
	default Optional<Set<UUID>> departmentsInScope(CurrentUser user) {
		if (user.departmentId() == null) {
			return Optional.empty();
		}
		if (user.dataScope() == DataScope.DEPARTMENT) {
			return Optional.of(Set.of(user.departmentId()));
		}
		if (user.dataScope() == DataScope.SUBTREE) {
			return Optional.of(subtreeIds(user.departmentId()));
		}
		return Optional.empty();
	}

	List<PositionView> positions();

	PositionView position(UUID id);

	Optional<PositionView> positionByCode(String code);

	PositionView createPosition(SavePosition command);

	PositionView updatePosition(UUID id, SavePosition command);

	List<JobFamilyView> jobFamilies();

	JobFamilyView createJobFamily(SaveJobFamily command);

	/** Planned against filled, per department and position. */
	List<HeadcountLine> headcountPlan();

	HeadcountLine setHeadcount(SetHeadcount command);
}
