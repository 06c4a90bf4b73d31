package io.renloop.training.internal.effect;

import io.renloop.platform.TenantContext;
import io.renloop.training.internal.effect.BeforeAndAfter.Completion;
import io.renloop.training.internal.effect.BeforeAndAfter.Score;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Published performance scores per item, and the completions and scores of the courses tied to an item. */
@Component
class ScoreStore {

	private final JdbcTemplate jdbc;

	ScoreStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a score once per cycle, employee and item (a redelivered event adds nothing). */
	void record(UUID cycleId, UUID employeeId, String itemCode, BigDecimal score, Instant publishedAt) {
		jdbc.update("""
				insert into training.performance_score (tenant_id, cycle_id, employee_id, item_code, score, published_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", TenantContext.require(), cycleId, employeeId,
				itemCode.length() <= 100 ? itemCode : itemCode.substring(0, 100), score, Timestamp.from(publishedAt));
	}

	List<TiedCourse> tiedCourses() {
		return jdbc.query("""
				select id, code, title_zh, title_en, performance_item from training.course
				where tenant_id = ? and performance_item is not null order by code""",
				(rs, n) -> new TiedCourse(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title_zh"),
						rs.getString("title_en"), rs.getString("performance_item")),
				TenantContext.require());
	}

	List<Completion> completions(UUID courseId) {
		return jdbc.query("""
				select employee_id, completed_at from training.enrolment
				where tenant_id = ? and course_id = ? and status = 'COMPLETED' and completed_at is not null""",
				(rs, n) -> new Completion(rs.getObject("employee_id", UUID.class),
						rs.getTimestamp("completed_at").toInstant()),
				TenantContext.require(), courseId);
	}

	/** The item's scores of the course's participants. */
	List<Score> scores(UUID courseId, String itemCode) {
		return jdbc.query("""
				select s.employee_id, s.published_at, s.score from training.performance_score s
				where s.tenant_id = ? and s.item_code = ? and s.employee_id in (
				  select e.employee_id from training.enrolment e
				  where e.tenant_id = s.tenant_id and e.course_id = ? and e.status = 'COMPLETED')""",
				(rs, n) -> new Score(rs.getObject("employee_id", UUID.class), rs.getTimestamp("published_at")
					.toInstant(), rs.getBigDecimal("score")),
				TenantContext.require(), itemCode, courseId);
	}

	record TiedCourse(UUID id, String code, String titleZh, String titleEn, String item) {
	}
}
