package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardRow;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names the people behind a number from the person facts, with the unit and position names of the organization; one
 * row per person (several contributions are joined into the detail), ordered by unit and employee number.
 */
@Component
class PeopleNames {

	private final NamedParameterJdbcTemplate jdbc;

	private final Organization organization;

	PeopleNames(JdbcTemplate jdbc, Organization organization) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.organization = organization;
	}

	List<DashboardRow> rows(List<Drilled> drilled, Units units, int limit) {
		Map<UUID, Drilled> people = new LinkedHashMap<>();
		for (Drilled d : drilled) {
			people.merge(d.employeeId(), d, (a, b) -> new Drilled(a.employeeId(), a.departmentId(),
					a.detail() == null ? b.detail() : b.detail() == null ? a.detail() : a.detail() + "; " + b.detail()));
		}
		if (people.isEmpty()) {
			return List.of();
		}
		Map<UUID, String[]> facts = new HashMap<>();
		List<UUID> ids = new ArrayList<>(people.keySet());
		for (int i = 0; i < ids.size(); i += 1000) {
			jdbc.query("select employee_id, employee_no, name, position_id from analytics.person_fact "
					+ "where tenant_id = :tenant and employee_id in (:ids)", new MapSqlParameterSource("tenant",
							io.renloop.platform.TenantContext.require())
						.addValue("ids", ids.subList(i, Math.min(ids.size(), i + 1000))),
					rs -> {
						facts.put(rs.getObject(1, UUID.class),
								new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
					});
		}
		Map<UUID, String> positions = organization.positions()
			.stream()
			.collect(Collectors.toMap(PositionView::id, PositionView::name, (a, b) -> a));
		return people.values()
			.stream()
			.map(d -> row(d, facts.get(d.employeeId()), units, positions))
			.sorted(Comparator.comparing((DashboardRow r) -> r.departmentName() == null ? "" : r.departmentName())
				.thenComparing(r -> r.employeeNo() == null ? "" : r.employeeNo()))
			.limit(limit)
			.toList();
	}

	private static DashboardRow row(Drilled d, String[] fact, Units units, Map<UUID, String> positions) {
		UUID position = fact == null || fact[2] == null ? null : UUID.fromString(fact[2]);
		return new DashboardRow(d.employeeId(), fact == null ? null : fact[0], fact == null ? null : fact[1],
				d.departmentId(), units.name(d.departmentId()), position, position == null ? null : positions.get(position),
				d.detail(), null);
	}

}
