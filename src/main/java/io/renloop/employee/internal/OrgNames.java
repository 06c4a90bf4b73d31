package io.renloop.employee.internal;

import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Department and position names for one request, read once from the organization module. */
@Component
class OrgNames {

	private final Organization organization;

	OrgNames(Organization organization) {
		this.organization = organization;
	}

	Snapshot snapshot() {
		return new Snapshot(
				organization.departments().stream().collect(Collectors.toMap(DepartmentView::id, Function.identity())),
				organization.positions().stream().collect(Collectors.toMap(PositionView::id, Function.identity())));
	}

	record Snapshot(Map<UUID, DepartmentView> departments, Map<UUID, PositionView> positions) {

		String department(UUID id) {
			DepartmentView d = id == null ? null : departments.get(id);
			return d == null ? null : d.name();
		}

		String position(UUID id) {
			PositionView p = id == null ? null : positions.get(id);
			return p == null ? null : p.name();
		}
	}
}
