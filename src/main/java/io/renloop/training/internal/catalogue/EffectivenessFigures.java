package io.renloop.training.internal.catalogue;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.training.TrainingEffectiveness;
import io.renloop.training.internal.effect.CourseEffects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's figures of the whole tenant, counted by the day of the tenant's zone on which enrolments were made,
 * completed, and attempts submitted.
 */
@Component
@Transactional(readOnly = true)
class EffectivenessFigures implements TrainingEffectiveness.Figures {

	private final JdbcTemplate jdbc;

	private final EmployeeDirectory directory;

	private final TenantTime time;

	private final CourseEffects effects;

	EffectivenessFigures(JdbcTemplate jdbc, EmployeeDirectory directory, TenantTime time, CourseEffects effects) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.time = time;
		this.effects = effects;
	}

	@Override
	public TrainingEffectiveness of(int year) {
		String tenant = TenantContext.require();
		String zone = time.zone().getId();
		Map<String, Object> enrolments = jdbc.queryForMap("""
				select count(*) total, count(*) filter (where status = 'COMPLETED') completed,
				  coalesce(sum(cost), 0) cost, count(distinct employee_id) participants
				from training.enrolment where tenant_id = ? and status not in ('CANCELLED', 'REJECTED')
				and extract(year from enrolled_at at time zone ?) = ?""", tenant, zone, year);
		BigDecimal hours = jdbc.queryForObject("""
				select coalesce(sum(c.hours), 0) from training.enrolment e join training.course c on c.id = e.course_id
				where e.tenant_id = ? and e.status = 'COMPLETED' and extract(year from e.completed_at at time zone ?) = ?""",
				BigDecimal.class, tenant, zone, year);
		Map<String, Object> exams = jdbc.queryForMap("""
				select count(*) graded, count(*) filter (where passed) passed from training.exam_attempt
				where tenant_id = ? and submitted_at is not null and extract(year from submitted_at at time zone ?) = ?""",
				tenant, zone, year);
		long total = number(enrolments.get("total"));
		long completed = number(enrolments.get("completed"));
		long participants = number(enrolments.get("participants"));
		BigDecimal cost = ((BigDecimal) enrolments.get("cost")).setScale(2, RoundingMode.HALF_UP);
		long employed = directory.employedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).size();
		return new TrainingEffectiveness(year, total, completed, ratio(completed, total), number(exams.get("graded")),
				ratio(number(exams.get("passed")), number(exams.get("graded"))),
				divide(hours, employed, 1), cost, participants, divide(cost, participants, 2), effects.of(year));
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private static BigDecimal ratio(long part, long whole) {
		return divide(BigDecimal.valueOf(part), whole, 4);
	}

	private static BigDecimal divide(BigDecimal amount, long by, int scale) {
		return by == 0 ? BigDecimal.ZERO.setScale(scale) : amount.divide(BigDecimal.valueOf(by), scale,
				RoundingMode.HALF_UP);
	}
}
