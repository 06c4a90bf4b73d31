package io.renloop.attendance.internal.results;

import io.renloop.attendance.TimeClockRules;
import io.renloop.attendance.TimeClockRules.Version;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tenant's effective-dated time clock rules ({@code attendance.clock_rule}), or the defaults. */
@Component
class TimeClockSettings {

	private final JdbcTemplate jdbc;

	TimeClockSettings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of the tenant, oldest first; the defaults alone when it never set its own. */
	List<Version> versions(String tenantId) {
		List<Version> versions = jdbc.query("""
				select effective_from, grace_minutes, min_overtime_minutes, overtime_rule, correction_monthly_limit
				  from attendance.clock_rule where tenant_id = ? order by effective_from""",
				(rs, n) -> new Version(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3), rs.getString(4),
						rs.getInt(5)),
				tenantId);
		return new RuleBook(versions).versions();
	}

	/** The rules of each day, read once for a computation over many days. */
	RuleBook rules(String tenantId) {
		return new RuleBook(versions(tenantId));
	}

	void save(String tenantId, Version version, String by) {
		jdbc.update("""
				insert into attendance.clock_rule (tenant_id, effective_from, grace_minutes, overtime_rule,
				       min_overtime_minutes, correction_monthly_limit, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, now())
				on conflict (tenant_id, effective_from) do update set grace_minutes = excluded.grace_minutes,
				       overtime_rule = excluded.overtime_rule, min_overtime_minutes = excluded.min_overtime_minutes,
				       correction_monthly_limit = excluded.correction_monthly_limit, changed_by = excluded.changed_by,
				       changed_at = excluded.changed_at""", tenantId, Date.valueOf(version.effectiveFrom()),
				version.graceMinutes(), version.overtimeRule(), version.minOvertimeMinutes(),
				version.correctionMonthlyLimit(), by);
	}

	/**
	 * The versions of a tenant, oldest first, answering which is in force on a day. Before the tenant's first version
	 * the defaults applied, so they lead the list unless a version starts on {@link TimeClockRules#SINCE_EVER}.
	 */
	record RuleBook(List<Version> versions) {

		RuleBook {
			if (versions.isEmpty() || versions.get(0).effectiveFrom().isAfter(TimeClockRules.SINCE_EVER)) {
				List<Version> withDefaults = new java.util.ArrayList<>();
				withDefaults.add(TimeClockRules.DEFAULTS);
				withDefaults.addAll(versions);
				versions = withDefaults;
			}
			versions = List.copyOf(versions);
		}

		/** The version in force on the day: the latest from on or before it (the defaults before any). */
		Version versionOn(LocalDate day) {
			Version found = versions.get(0);
			for (Version version : versions) {
				if (!version.effectiveFrom().isAfter(day)) {
					found = version;
				}
			}
			return found;
		}

		ClockRules on(LocalDate day) {
			return ClockRules.of(versionOn(day));
		}
	}
}
