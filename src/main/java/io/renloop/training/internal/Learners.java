package io.renloop.training.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Entry;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.Employees;
import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The employees who learn, within the caller's data scope, read through the employee module (which enforces it):
 * one record outside the scope is not found, and lists are narrowed to the employees the caller may see.
 */
@Component
public class Learners {

	private static final int PAGE = 500;

	private final Employees employees;

	private final EmployeeDirectory directory;

	private final Organization organization;

	private final TenantTime time;

	Learners(Employees employees, EmployeeDirectory directory, Organization organization, TenantTime time) {
		this.employees = employees;
		this.directory = directory;
		this.organization = organization;
		this.time = time;
	}

	/** The employee if the caller may see them; 404 otherwise. */
	public EmployeeDetails get(UUID employeeId) {
		return employees.get(employeeId);
	}

	/** The caller's own employee record; 404 for a login without one. */
	public EmployeeDetails me() {
		return employees.get(myId());
	}

	public UUID myId() {
		UUID self = CurrentUser.require().employeeId();
		if (self == null) {
			throw new NotFoundException("Employee", "me");
		}
		return self;
	}

	/** The ids the caller may see, or empty for the whole tenant. */
	public Optional<Set<UUID>> ids() {
		CurrentUser user = CurrentUser.require();
		if (user.dataScope() == DataScope.TENANT) {
			return Optional.empty();
		}
		return Optional.of(inDepartment(null).stream().map(Entry::id).collect(Collectors.toSet()));
	}

	/**
	 * The employees of the department and its units below (all when null) that the caller may see and who work here
	 * today, read in one query: a compliance view of a whole company must not page through employee records.
	 */
	public List<Entry> inDepartment(UUID departmentId) {
		CurrentUser user = CurrentUser.require();
		LocalDate today = time.today();
		Set<UUID> units = departmentId == null ? null : organization.subtreeIds(departmentId);
		if (user.dataScope() == DataScope.TENANT) {
			return units == null ? directory.employedBetween(today, today)
					: directory.employedBetween(today, today, units);
		}
		Optional<Set<UUID>> scope = organization.departmentsInScope(user);
		if (scope.isEmpty()) {
			return oneself(user, units);
		}
		Set<UUID> visible = new HashSet<>(scope.get());
		if (units != null) {
			visible.retainAll(units);
		}
		return directory.employedBetween(today, today, visible);
	}

	/**
	 * Whom the caller may see among the employees of the department and its units below (all when null), as a
	 * filter of training's own copy of the learners: the units, or the caller alone for an employee without a
	 * subtree.
	 */
	public Audience audience(UUID departmentId) {
		CurrentUser user = CurrentUser.require();
		Set<UUID> units = departmentId == null ? null : organization.subtreeIds(departmentId);
		if (user.dataScope() == DataScope.TENANT) {
			return new Audience(units, null);
		}
		Optional<Set<UUID>> scope = organization.departmentsInScope(user);
		if (scope.isEmpty()) {
			return user.employeeId() == null ? Audience.NOBODY : new Audience(units, user.employeeId());
		}
		Set<UUID> visible = new HashSet<>(scope.get());
		if (units != null) {
			visible.retainAll(units);
		}
		return new Audience(visible, null);
	}

	/**
	 * Which learners a view covers.
	 *
	 * @param departments the units they belong to, null for every unit (an empty set matches nobody)
	 * @param employeeId the one employee, null for everyone in the units
	 */
	public record Audience(Set<UUID> departments, UUID employeeId) {

		public static final Audience NOBODY = new Audience(Set.of(), null);

		public boolean nobody() {
			return departments != null && departments.isEmpty();
		}
	}

	/** The caller alone, when they are an employee who works here and belongs to the units asked for. */
	private List<Entry> oneself(CurrentUser user, Set<UUID> units) {
		if (user.employeeId() == null) {
			return List.of();
		}
		EmployeeDetails me = employees.get(user.employeeId());
		if (me.status() == EmployeeStatus.TERMINATED || units != null && !units.contains(me.departmentId())) {
			return List.of();
		}
		return List.of(new Entry(me.id(), me.employeeNo(), me.name(), me.departmentId(), me.hireDate(), null,
				me.positionId()));
	}
}
