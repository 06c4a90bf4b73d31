package io.renloop.training.internal.recommend;

import io.renloop.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The courses managers and HR recommended to an employee by hand, each with who asked and why. They are not matched
 * like needs: the person named the course.
 */
@Component
class ManagerRecommendationStore {

	private final JdbcTemplate jdbc;

	ManagerRecommendationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the recommendation; the same person recommending the same course again replaces the reason. */
	UUID save(UUID employeeId, UUID courseId, String text, String by, String byName, Instant now) {
		return jdbc.queryForObject("""
				insert into training.manager_recommendation (id, tenant_id, employee_id, course_id, text, recommended_by,
				    recommended_by_name, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, employee_id, course_id, recommended_by) do update set text = excluded.text,
				    recommended_by_name = excluded.recommended_by_name, created_at = excluded.created_at
				returning id""", UUID.class, UUID.randomUUID(), TenantContext.require(), employeeId, courseId, text, by,
				byName, Timestamp.from(now));
	}

	/** The employee's recommendations, newest first. */
	List<Stored> of(UUID employeeId) {
		return jdbc.query("""
				select course_id, text, recommended_by_name from training.manager_recommendation
				where tenant_id = ? and employee_id = ? order by created_at desc""",
				(rs, n) -> new Stored(rs.getObject("course_id", UUID.class), rs.getString("recommended_by_name"),
						rs.getString("text")),
				TenantContext.require(), employeeId);
	}

	/** One recommendation: the course and "who: why". */
	record Stored(UUID courseId, String byName, String text) {

		String reasonText() {
			return byName + ": " + text;
		}
	}
}
