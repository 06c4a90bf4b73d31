package io.renloop.training.internal.certificate;

import io.renloop.platform.TenantContext;
import io.renloop.training.Certificates.ComplianceRow;
import io.renloop.training.Certificates.Status;
import io.renloop.training.ComplianceOverview;
import io.renloop.training.ComplianceOverview.TypeCount;
import io.renloop.training.internal.Learners.Audience;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The compliance lines of the learners of an audience who work here today, read from training.compliance_line (one
 * per required type, MISSING when not held, and one per other type held) and graded by the database as
 * {@link ExpiryStatus} grades. The page counts and cuts in SQL; the API streams the lines as they are read.
 */
@Component
class ComplianceLines {

	private static final String LINES = """
			with graded as (
			    select employee_id, name, type_code, required, expires_on, %s as status
			      from training.compliance_line l
			     where l.tenant_id = :tenant and l.hire_date <= :today
			       and (l.termination_date is null or l.termination_date >= :today) %%s
			)
			""".formatted(ExpiryStatus.sql("(certificate_id is not null)", "expires_on"));

	private static final String URGENCY = "case status " + Arrays.stream(Status.values())
		.map(s -> "when '" + s + "' then " + ComplianceOverview.urgency(s))
		.collect(Collectors.joining(" ")) + " end";

	/** Rows fetched at a time while streaming, so that 300,000 lines never sit in memory at once. */
	private static final int FETCH = 2000;

	private final NamedParameterJdbcTemplate jdbc;

	ComplianceLines(JdbcTemplate jdbc) {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(FETCH);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
	}

	/** Every line, in no particular order; within a transaction, so that the rows are fetched in portions. */
	void each(Audience audience, LocalDate today, Map<String, String> typeNames, Consumer<ComplianceRow> each) {
		if (audience.nobody()) {
			return;
		}
		jdbc.query(lines(audience) + "select employee_id, name, type_code, required, expires_on, status from graded",
				params(audience, today), rs -> {
					each.accept(row(rs, typeNames));
				});
	}

	/** The counts per type (ordered by code) and status. */
	List<TypeCount> counts(Audience audience, LocalDate today, Map<String, String> typeNames) {
		Map<String, Map<Status, Integer>> byType = new TreeMap<>();
		if (!audience.nobody()) {
			jdbc.query(lines(audience) + "select type_code, status, count(*) from graded group by type_code, status",
					params(audience, today), rs -> {
						byType.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Status.class))
							.put(Status.valueOf(rs.getString(2)), rs.getInt(3));
					});
		}
		return byType.entrySet().stream().map(type -> {
			Map<Status, Integer> n = type.getValue();
			return new TypeCount(type.getKey(), typeNames.getOrDefault(type.getKey(), type.getKey()),
					n.getOrDefault(Status.VALID, 0), n.getOrDefault(Status.EXPIRING, 0),
					n.getOrDefault(Status.EXPIRED, 0), n.getOrDefault(Status.MISSING, 0));
		}).toList();
	}

	/** One page of the lines with the statuses, in the order of {@link ComplianceOverview.PageOfLines}. */
	List<ComplianceRow> page(Audience audience, LocalDate today, Map<String, String> typeNames,
			Set<Status> statuses, int offset, int limit) {
		if (audience.nobody()) {
			return List.of();
		}
		MapSqlParameterSource params = params(audience, today)
			.addValue("statuses", statuses.stream().map(Status::name).toList())
			.addValue("offset", offset)
			.addValue("limit", limit);
		// lines needing action are few: without VALID, only the missing and those expiring by :expiringUntil are read
		String needingAction = statuses.contains(Status.VALID) ? ""
				: " and (l.certificate_id is null or l.expires_on <= :expiringUntil)";
		return jdbc.query(lines(audience, needingAction) + """
				select employee_id, name, type_code, required, expires_on, status from graded
				 where status in (:statuses)
				 order by %s, expires_on nulls first, name collate "C" nulls last, employee_id, type_code collate "C"
				 limit :limit offset :offset""".formatted(URGENCY), params, (rs, n) -> row(rs, typeNames));
	}

	private static String lines(Audience audience) {
		return lines(audience, "");
	}

	private static String lines(Audience audience, String condition) {
		String filter = (audience.departments() == null ? "" : " and l.department_id in (:departments)")
				+ (audience.employeeId() == null ? "" : " and l.employee_id = :employee") + condition;
		return LINES.formatted(filter);
	}

	private static MapSqlParameterSource params(Audience audience, LocalDate today) {
		return new MapSqlParameterSource("tenant", TenantContext.require()).addValue("today", Date.valueOf(today))
			.addValue("expiringUntil", Date.valueOf(ExpiryStatus.expiringUntil(today)))
			.addValue("departments", audience.departments())
			.addValue("employee", audience.employeeId());
	}

	private static ComplianceRow row(ResultSet rs, Map<String, String> typeNames) throws SQLException {
		String code = rs.getString("type_code");
		Date expires = rs.getDate("expires_on");
		return new ComplianceRow(rs.getObject("employee_id", UUID.class), rs.getString("name"), code,
				typeNames.getOrDefault(code, code), Status.valueOf(rs.getString("status")),
				expires == null ? null : expires.toLocalDate(), rs.getBoolean("required"));
	}
}
