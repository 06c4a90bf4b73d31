package io.renloop.analytics.internal.dashboard;

import io.renloop.organization.DepartmentView;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The units a dashboard shows "by unit" and which of them each department rolls up to: the chosen unit (or, without
 * one, the top of what the viewer may see) and its direct children; a department deeper down counts in the child it
 * lies under, a department outside the viewer's scope counts nowhere.
 */
final class Units {

	private final Map<UUID, DepartmentView> departments = new HashMap<>();

	private final Map<UUID, String> shown = new LinkedHashMap<>();

	private final Set<UUID> allowed;

	/**
	 * @param all the tenant's departments
	 * @param allowed the departments counted (the scope, narrowed to the chosen unit's subtree); null for all
	 * @param start the chosen unit, or null
	 */
	Units(List<DepartmentView> all, Set<UUID> allowed, UUID start) {
		all.forEach(d -> departments.put(d.id(), d));
		this.allowed = allowed;
		UUID top = start != null ? start : top(all, allowed);
		if (top == null) {
			all.stream()
				.filter(d -> d.parentId() == null || !departments.containsKey(d.parentId()))
				.filter(this::counts)
				.forEach(d -> shown.put(d.id(), d.name()));
			return;
		}
		shown.put(top, departments.get(top).name());
		all.stream()
			.filter(d -> top.equals(d.parentId()))
			.filter(this::counts)
			.sorted(java.util.Comparator.comparingInt(DepartmentView::sortOrder).thenComparing(DepartmentView::name))
			.forEach(d -> shown.put(d.id(), d.name()));
	}

	/** The single root of what may be seen, or null when there are several. */
	private UUID top(List<DepartmentView> all, Set<UUID> allowed) {
		List<DepartmentView> roots = all.stream()
			.filter(d -> allowed == null || allowed.contains(d.id()))
			.filter(d -> d.parentId() == null || (allowed != null && !allowed.contains(d.parentId())))
			.toList();
		return roots.size() == 1 ? roots.get(0).id() : null;
	}

	private boolean counts(DepartmentView department) {
		return allowed == null || allowed.contains(department.id());
	}

	/** Whether facts of the department count at all (null department: only for an unrestricted view). */
	boolean counts(UUID departmentId) {
		return departmentId == null ? allowed == null : allowed == null || allowed.contains(departmentId);
	}

	/** The shown unit the department rolls up to, or null. */
	UUID unitOf(UUID departmentId) {
		if (!counts(departmentId)) {
			return null;
		}
		UUID current = departmentId;
		while (current != null) {
			if (shown.containsKey(current)) {
				return current;
			}
			DepartmentView d = departments.get(current);
			current = d == null ? null : d.parentId();
		}
		return null;
	}

	/** The departments that roll up to the shown unit (the unit itself among them). */
	Set<UUID> departmentsOf(UUID unit) {
		Set<UUID> rolled = new java.util.HashSet<>();
		departments.keySet().stream().filter(d -> unit.equals(unitOf(d))).forEach(rolled::add);
		return rolled;
	}

	/** The shown units with their names, in display order. */
	Map<UUID, String> shown() {
		return shown;
	}

	String name(UUID departmentId) {
		DepartmentView d = departmentId == null ? null : departments.get(departmentId);
		return d == null ? null : d.name();
	}

	/** Whether every department counts (no scope, no unit chosen). */
	boolean unrestricted() {
		return allowed == null;
	}

	Collection<UUID> allowed() {
		return allowed;
	}
}
