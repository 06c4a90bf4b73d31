package io.renloop.performance.internal;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.performance.ReviewStatus;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review table. Bulk writes go as arrays in one statement per chunk (a cycle of 100,000 people is a handful of
 * round trips); every query names the tenant.
 */
@Component
class ReviewStore {

	private static final int CHUNK = 10_000;

	private static final TypeReference<Map<String, Map<String, BigDecimal>>> ENTRIES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ReviewStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** @param templateOf the template a person follows when it is not the cycle's, else null */
	void insertAll(String tenantId, UUID cycleId, List<EmployeeDirectory.Entry> people,
			Function<EmployeeDirectory.Entry, UUID> templateOf) {
		for (int from = 0; from < people.size(); from += CHUNK) {
			List<EmployeeDirectory.Entry> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
			jdbc.update("""
					insert into performance.review (id, tenant_id, cycle_id, employee_id, employee_no, employee_name,
					 department_id, position_id, status, template_id)
					select gen_random_uuid(), ?, ?, e, n, m, d, p, ?, t from unnest(?::uuid[], ?::varchar[], ?::varchar[],
					 ?::uuid[], ?::uuid[], ?::uuid[]) as t(e, n, m, d, p, t)""", ps -> {
				ps.setString(1, tenantId);
				ps.setObject(2, cycleId);
				ps.setString(3, ReviewStatus.SELF_REVIEW.name());
				array(ps, 4, "uuid", chunk.stream().map(EmployeeDirectory.Entry::id).toArray());
				array(ps, 5, "varchar", chunk.stream().map(EmployeeDirectory.Entry::employeeNo).toArray());
				array(ps, 6, "varchar", chunk.stream().map(EmployeeDirectory.Entry::name).toArray());
				array(ps, 7, "uuid", chunk.stream().map(EmployeeDirectory.Entry::departmentId).toArray());
				array(ps, 8, "uuid", chunk.stream().map(EmployeeDirectory.Entry::positionId).toArray());
				array(ps, 9, "uuid", chunk.stream().map(templateOf).toArray());
			});
		}
	}

	/**
	 * The reviews of a cycle, by department and name.
	 * @param departments the departments the viewer may see, or null for all
	 * @param self the viewer's employee, always visible to them, or null
	 */
	List<ReviewRow> ofCycle(String tenantId, UUID cycleId, Set<UUID> departments, UUID self) {
		if (departments == null) {
			return jdbc.query("select * from performance.review where tenant_id = ? and cycle_id = ?"
					+ " order by department_id, employee_name, employee_no", this::row, tenantId, cycleId);
		}
		return jdbc.query("""
				select * from performance.review where tenant_id = ? and cycle_id = ?
				 and (department_id = any(?) or employee_id = ?) order by department_id, employee_name, employee_no""",
				ps -> {
					ps.setString(1, tenantId);
					ps.setObject(2, cycleId);
					array(ps, 3, "uuid", departments.toArray());
					ps.setObject(4, self);
				}, this::row);
	}

	Optional<ReviewRow> byId(String tenantId, UUID id) {
		return jdbc.query("select * from performance.review where tenant_id = ? and id = ?", this::row, tenantId, id)
			.stream()
			.findFirst();
	}

	List<ReviewRow> ofEmployee(String tenantId, UUID employeeId) {
		return jdbc.query("""
				select r.* from performance.review r join performance.cycle c on c.id = r.cycle_id
				 where r.tenant_id = ? and r.employee_id = ? order by c.period_end desc""", this::row, tenantId,
				employeeId);
	}

	void writeSelf(String tenantId, UUID id, Map<String, BigDecimal> scores, String comment, ReviewStatus status) {
		jdbc.update("""
				update performance.review set entries = jsonb_set(entries, '{self}', ?::jsonb), self_comment = ?,
				 status = ?, self_submitted_at = case when ? then now() else self_submitted_at end,
				 updated_at = now(), version = version + 1 where tenant_id = ? and id = ?""",
				json.writeValueAsString(scores), comment, status.name(), status != ReviewStatus.SELF_REVIEW, tenantId,
				id);
	}

	void writeManager(String tenantId, UUID id, Map<String, BigDecimal> scores, String comment, Integer potential,
			ReviewStatus status, UUID userId, BigDecimal score, String grade) {
		jdbc.update("""
				update performance.review set entries = jsonb_set(entries, '{manager}', ?::jsonb), manager_comment = ?,
				 potential = ?, status = ?, manager_user_id = ?, score = ?, grade = ?,
				 manager_submitted_at = case when ? then now() else manager_submitted_at end,
				 updated_at = now(), version = version + 1 where tenant_id = ? and id = ?""",
				json.writeValueAsString(scores), comment, potential, status.name(), userId, score, grade,
				status == ReviewStatus.SCORED, tenantId, id);
	}

	/** Saves the scores and grades of many reviews; a null score clears it. */
	void saveScores(String tenantId, List<UUID> ids, List<BigDecimal> scores, List<String> grades) {
		for (int from = 0; from < ids.size(); from += CHUNK) {
			int to = Math.min(ids.size(), from + CHUNK);
			int start = from;
			jdbc.update("""
					update performance.review r set score = t.s, grade = t.g, updated_at = now()
					 from unnest(?::uuid[], ?::numeric[], ?::varchar[]) as t(i, s, g)
					 where r.tenant_id = ? and r.id = t.i""", ps -> {
				array(ps, 1, "uuid", ids.subList(start, to).toArray());
				array(ps, 2, "numeric", scores.subList(start, to).toArray());
				array(ps, 3, "varchar", grades.subList(start, to).toArray());
				ps.setString(4, tenantId);
			});
		}
	}

	void calibrate(String tenantId, UUID id, String grade) {
		jdbc.update("""
				update performance.review set calibrated_grade = ?, updated_at = now(), version = version + 1
				 where tenant_id = ? and id = ?""", grade, tenantId, id);
	}

	/** How many reviews of the cycle have no final grade yet. */
	int ungraded(String tenantId, UUID cycleId) {
		return jdbc.queryForObject("""
				select count(*) from performance.review where tenant_id = ? and cycle_id = ?
				 and coalesce(calibrated_grade, grade) is null""", Integer.class, tenantId, cycleId);
	}

	void publishAll(String tenantId, UUID cycleId) {
		jdbc.update("""
				update performance.review set status = ?, updated_at = now() where tenant_id = ? and cycle_id = ?""",
				ReviewStatus.PUBLISHED.name(), tenantId, cycleId);
	}

	void appeal(String tenantId, UUID id, String reason, ReviewStatus status, String appealStatus) {
		jdbc.update("""
				update performance.review set appeal_reason = coalesce(?, appeal_reason), appeal_status = ?, status = ?,
				 updated_at = now(), version = version + 1 where tenant_id = ? and id = ?""", reason, appealStatus,
				status.name(), tenantId, id);
	}

	/** Deletes the reviews whose ids are given (a cycle that could not open). */
	void deleteCycle(String tenantId, UUID cycleId) {
		jdbc.update("delete from performance.review where tenant_id = ? and cycle_id = ?", tenantId, cycleId);
	}

	private static void array(PreparedStatement ps, int index, String type, Object[] values) throws SQLException {
		ps.setArray(index, ps.getConnection().createArrayOf(type, values));
	}

	private ReviewRow row(ResultSet rs, int n) throws SQLException {
		Map<String, Map<String, BigDecimal>> entries = json.readValue(rs.getString("entries"), ENTRIES);
		Object potential = rs.getObject("potential");
		return new ReviewRow(rs.getObject("id", UUID.class), rs.getObject("cycle_id", UUID.class),
				rs.getObject("employee_id", UUID.class), rs.getString("employee_no"), rs.getString("employee_name"),
				rs.getObject("department_id", UUID.class), rs.getObject("position_id", UUID.class),
				ReviewStatus.valueOf(rs.getString("status")), entries.getOrDefault("self", new TreeMap<>()),
				entries.getOrDefault("manager", new TreeMap<>()), rs.getString("self_comment"),
				rs.getString("manager_comment"), rs.getBigDecimal("score"), rs.getString("grade"),
				rs.getString("calibrated_grade"), potential == null ? null : ((Number) potential).intValue(),
				rs.getString("appeal_reason"), rs.getString("appeal_status"), rs.getObject("template_id", UUID.class));
	}

	static Collection<UUID> ids(List<ReviewRow> rows) {
		return rows.stream().map(ReviewRow::id).toList();
	}
}
