package io.renloop.performance.internal;

import io.renloop.performance.internal.scoring.ReviewInputs.MetricValue;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Metric values by period, subject (employee or department) and metric; a later value replaces an earlier one. */
@Component
class MetricStore {

	private static final int CHUNK = 10_000;

	private final JdbcTemplate jdbc;

	MetricStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A value to save. */
	record NewValue(UUID subjectId, char subjectKind, String metric, BigDecimal value, String source) {
	}

	void upsert(String tenantId, String period, List<NewValue> values, Instant now) {
		for (int from = 0; from < values.size(); from += CHUNK) {
			List<NewValue> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
			jdbc.update("""
					insert into performance.metric_value (tenant_id, period, subject_id, subject_kind, metric, value,
					 source, imported_at)
					select ?, ?, s, k, m, v, o, ? from unnest(?::uuid[], ?::char[], ?::varchar[], ?::numeric[],
					 ?::varchar[]) as t(s, k, m, v, o)
					on conflict (tenant_id, period, metric, subject_id) do update set value = excluded.value,
					 source = excluded.source, subject_kind = excluded.subject_kind, imported_at = excluded.imported_at""",
					ps -> {
						ps.setString(1, tenantId);
						ps.setString(2, period);
						ps.setTimestamp(3, Timestamp.from(now));
						var c = ps.getConnection();
						ps.setArray(4, c.createArrayOf("uuid", chunk.stream().map(NewValue::subjectId).toArray()));
						ps.setArray(5, c.createArrayOf("char",
								chunk.stream().map(v -> String.valueOf(v.subjectKind())).toArray()));
						ps.setArray(6, c.createArrayOf("varchar", chunk.stream().map(NewValue::metric).toArray()));
						ps.setArray(7, c.createArrayOf("numeric", chunk.stream().map(NewValue::value).toArray()));
						ps.setArray(8, c.createArrayOf("varchar", chunk.stream().map(NewValue::source).toArray()));
					});
		}
	}

	/** Every value of the period, by subject (employee or department id), then metric. */
	Map<UUID, Map<String, MetricValue>> ofPeriod(String tenantId, String period) {
		Map<UUID, Map<String, MetricValue>> values = new HashMap<>();
		jdbc.query("""
				select subject_id, metric, value, source from performance.metric_value where tenant_id = ? and period = ?""",
				rs -> {
					values.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
						.put(rs.getString(2), new MetricValue(rs.getBigDecimal(3).stripTrailingZeros(), rs.getString(4)));
				}, tenantId, period);
		return values;
	}

	/** The values of one employee and their department for the period. */
	Map<String, MetricValue> of(String tenantId, String period, UUID employeeId, UUID departmentId) {
		Map<String, MetricValue> department = new HashMap<>();
		Map<String, MetricValue> own = new HashMap<>();
		jdbc.query("""
				select subject_id, metric, value, source from performance.metric_value
				 where tenant_id = ? and period = ? and subject_id in (?, ?)""", rs -> {
			MetricValue value = new MetricValue(rs.getBigDecimal(3).stripTrailingZeros(), rs.getString(4));
			(employeeId.equals(rs.getObject(1, UUID.class)) ? own : department).put(rs.getString(2), value);
		}, tenantId, period, employeeId, departmentId == null ? employeeId : departmentId);
		department.putAll(own);
		return department;
	}
}
