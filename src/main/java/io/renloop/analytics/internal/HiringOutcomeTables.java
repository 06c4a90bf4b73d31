package io.renloop.analytics.internal;

import io.renloop.analytics.HiringOutcomes;
import io.renloop.analytics.internal.dashboard.UnitSummaries;
import io.renloop.interview.InterviewScored;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.platform.AuditTrail;
import io.renloop.recruitment.CandidateErased;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics read models by plain JDBC with the tenant explicit (it is the fact's, not the caller's). Idempotent by
 * primary keys: a repeated fact is an upsert of the same values or a skipped insert. Copies are not audited (their own
 * modules audited the facts when they happened); an erasure is.
 */
@Component
@Transactional
class HiringOutcomeTables implements HiringOutcomes {

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final UnitSummaries summaries;

	HiringOutcomeTables(JdbcTemplate jdbc, AuditTrail audit, UnitSummaries summaries) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.summaries = summaries;
	}

	@Override
	public void interviewScored(InterviewScored scored) {
		// a new session of the application replaces the dimensions of the previous one, even those it did not ask
		jdbc.update("delete from analytics.interview_score where tenant_id = ? and application_id = ? "
				+ "and session_id <> ?", scored.tenantId(), scored.applicationId(), scored.sessionId());
		List<Object[]> rows = scored.dimensionScores()
			.entrySet()
			.stream()
			.map(score -> new Object[] { scored.tenantId(), scored.applicationId(), scored.candidateId(),
					scored.sessionId(), score.getKey(), score(score) })
			.toList();
		jdbc.batchUpdate("insert into analytics.interview_score (tenant_id, application_id, candidate_id, session_id, "
				+ "dimension, score) values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, application_id, dimension) "
				+ "do update set session_id = excluded.session_id, score = excluded.score", rows);
	}

	@Override
	public void offerAccepted(OfferAccepted accepted) {
		jdbc.update("insert into analytics.accepted_offer (tenant_id, offer_id, application_id, position_id) "
				+ "values (?, ?, ?, ?) on conflict do nothing", accepted.tenantId(), accepted.offerId(),
				accepted.applicationId(), accepted.positionId());
	}

	@Override
	public void hired(OnboardingCompleted completed) {
		jdbc.update("insert into analytics.hire (tenant_id, employee_id, offer_id, hire_date) values (?, ?, ?, ?) "
				+ "on conflict do nothing", completed.tenantId(), completed.employeeId(), completed.offerId(),
				Date.valueOf(completed.startDate()));
	}

	@Override
	public void resultsPublished(PerformanceResultsPublished published) {
		List<Object[]> rows = published.results()
			.stream()
			.map(result -> new Object[] { published.tenantId(), published.cycleId(), result.employeeId(),
					Date.valueOf(published.periodStart()), Date.valueOf(published.periodEnd()),
					Timestamp.from(published.publishedAt()), result.grade(), result.score(), published.tenantId(),
					result.employeeId(), Date.valueOf(published.periodEnd()), published.tenantId(), result.employeeId() })
			.toList();
		jdbc.batchUpdate("insert into analytics.performance_result (tenant_id, cycle_id, employee_id, period_start, "
				+ "period_end, published_at, grade, score, department_id) values (?, ?, ?, ?, ?, ?, ?, ?, "
				+ UnitSummaries.UNIT_ON + ") on conflict do nothing", rows);
		summaries.performance(published.tenantId(), List.of(published.periodEnd()));
	}

	/** Audited like every erasure, when there was something to erase (a second delivery audits nothing). */
	@Override
	public void candidateErased(CandidateErased erased) {
		int deleted = jdbc.update("delete from analytics.interview_score where tenant_id = ? and candidate_id = ?",
				erased.tenantId(), erased.candidateId());
		if (deleted > 0) {
			audit.recordChange("ERASE", "InterviewScoreCopy", erased.candidateId(), null,
					Map.of("dimensionScoresDeleted", deleted));
		}
	}

	private static BigDecimal score(Map.Entry<String, Double> score) {
		return BigDecimal.valueOf(score.getValue()).setScale(2, RoundingMode.HALF_UP);
	}
}
