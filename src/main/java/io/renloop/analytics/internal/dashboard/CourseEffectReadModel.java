package io.renloop.analytics.internal.dashboard;

import io.renloop.platform.TenantTransactions;
import io.renloop.training.CourseEffectMeasured;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps training's latest measure of each course's effect on its performance item per year of completion (score
 * before and after, with n). Idempotent: one row per course and year, and an older measure never overwrites a newer
 * one.
 */
@Component
class CourseEffectReadModel {

	private final JdbcTemplate jdbc;

	private final TenantTransactions inTenant;

	CourseEffectReadModel(JdbcTemplate jdbc, TenantTransactions inTenant) {
		this.jdbc = jdbc;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CourseEffectMeasured measured) {
		inTenant.run(measured.tenantId(), () -> jdbc.update("""
				insert into analytics.course_effect (tenant_id, course_id, year, course_code, performance_item,
				    participants, score_before, score_after, measured_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, course_id, year) do update set course_code = excluded.course_code,
				    performance_item = excluded.performance_item, participants = excluded.participants,
				    score_before = excluded.score_before, score_after = excluded.score_after,
				    measured_at = excluded.measured_at
				where analytics.course_effect.measured_at <= excluded.measured_at""", measured.tenantId(),
				measured.courseId(), measured.year(), measured.courseCode(), measured.performanceItem(),
				measured.participants(), measured.scoreBefore(), measured.scoreAfter(),
				Timestamp.from(measured.measuredAt())));
	}
}
