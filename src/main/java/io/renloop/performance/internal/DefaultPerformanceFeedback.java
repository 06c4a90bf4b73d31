package io.renloop.performance.internal;

import io.renloop.employee.EmployeeDepartments;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.FeedbackRequest;
import io.renloop.performance.FeedbackSummary;
import io.renloop.performance.PerformanceFeedback;
import io.renloop.performance.Rater;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class DefaultPerformanceFeedback implements PerformanceFeedback {

	private static final TypeReference<Map<String, BigDecimal>> SCORES = new TypeReference<>() {
	};

	private static final BigDecimal MAX = new BigDecimal("100");

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final ReviewStore reviews;

	private final CycleStore cycles;

	private final ReviewScope scope;

	private final ReviewScorer scorer;

	private final EmployeeDepartments departments;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultPerformanceFeedback(JdbcTemplate jdbc, JsonMapper json, ReviewStore reviews, CycleStore cycles,
			ReviewScope scope, ReviewScorer scorer, EmployeeDepartments departments, MessageSource messages,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.reviews = reviews;
		this.cycles = cycles;
		this.scope = scope;
		this.scorer = scorer;
		this.departments = departments;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<FeedbackRequest> raters(UUID reviewId, List<Rater> raters) {
		String tenantId = TenantContext.require();
		ReviewRow review = open(reviewId);
		boolean manager = scope.canManage(review);
		if (!manager && !review.employeeId().equals(scope.self())) {
			throw new BusinessRuleException(403, "performance.feedback.notYours");
		}
		Set<UUID> ids = new HashSet<>();
		raters.forEach(r -> ids.add(r.employeeId()));
		Set<UUID> known = departments.departmentsOf(ids).keySet();
		for (int i = 0; i < raters.size(); i++) {
			UUID rater = raters.get(i).employeeId();
			if (!known.contains(rater) || rater.equals(review.employeeId())) {
				throw InvalidFieldsException.of("raters[" + i + "].employeeId", "performance.feedback.rater");
			}
		}
		jdbc.update("delete from performance.feedback where tenant_id = ? and review_id = ? and status = 'PROPOSED'",
				tenantId, reviewId);
		for (Rater rater : raters) {
			jdbc.update("""
					insert into performance.feedback (id, tenant_id, review_id, rater_id, relation, status)
					values (?, ?, ?, ?, ?, ?) on conflict (review_id, rater_id) do nothing""", UUID.randomUUID(),
					tenantId, reviewId, rater.employeeId(), rater.relation(), manager ? "REQUESTED" : "PROPOSED");
		}
		audit.recordChange("RATERS", "PerformanceReview", reviewId, null, Map.of("raters", raters.size()));
		return requestsOf(reviewId);
	}

	@Override
	@Transactional
	public List<FeedbackRequest> approveRaters(UUID reviewId) {
		ReviewRow review = open(reviewId);
		if (!scope.canManage(review)) {
			throw new BusinessRuleException(403, "performance.review.notYourReport");
		}
		int approved = jdbc.update("""
				update performance.feedback set status = 'REQUESTED' where tenant_id = ? and review_id = ?
				 and status = 'PROPOSED'""", TenantContext.require(), reviewId);
		audit.recordChange("APPROVE_RATERS", "PerformanceReview", reviewId, null, Map.of("approved", approved));
		return requestsOf(reviewId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FeedbackRequest> mine() {
		UUID self = scope.self();
		if (self == null) {
			return List.of();
		}
		return jdbc.query("""
				select f.id from performance.feedback f where f.tenant_id = ? and f.rater_id = ?
				 and f.status = 'REQUESTED' order by f.id""", (rs, n) -> rs.getObject(1, UUID.class),
				TenantContext.require(), self).stream().map(this::request).toList();
	}

	@Override
	@Transactional
	public FeedbackRequest answer(UUID requestId, Map<String, BigDecimal> scores, String comment) {
		String tenantId = TenantContext.require();
		UUID rater = jdbc.query("select rater_id from performance.feedback where tenant_id = ? and id = ?",
				(rs, n) -> rs.getObject(1, UUID.class), tenantId, requestId).stream().findFirst().orElse(null);
		if (rater == null || !rater.equals(scope.self())) {
			throw new NotFoundException("Feedback", requestId);
		}
		scores.forEach((competency, score) -> {
			if (score == null || score.signum() < 0 || score.compareTo(MAX) > 0) {
				throw InvalidFieldsException.of("scores." + competency, "performance.feedback.score");
			}
		});
		if (scores.isEmpty()) {
			throw InvalidFieldsException.of("scores", "performance.feedback.score");
		}
		int answered = jdbc.update("""
				update performance.feedback set status = 'ANSWERED', scores = ?::jsonb, comment = ?, answered_at = ?
				 where tenant_id = ? and id = ? and status = 'REQUESTED'""", json.writeValueAsString(scores), comment,
				Timestamp.from(clock.instant()), tenantId, requestId);
		if (answered == 0) {
			throw new BusinessRuleException(409, "performance.feedback.answered");
		}
		// the audit names the request, never the scores: feedback stays anonymous
		audit.recordChange("ANSWER", "PerformanceFeedback", requestId, null, Map.of("answered", true));
		return request(requestId);
	}

	@Override
	@Transactional
	public FeedbackSummary summary(UUID reviewId) {
		String tenantId = TenantContext.require();
		ReviewRow review = scope.visible(reviews.byId(tenantId, reviewId)
			.orElseThrow(() -> new NotFoundException("Review", reviewId)));
		boolean published = cycles.byId(tenantId, review.cycleId()).orElseThrow().view().phase()
			.compareTo(CyclePhase.PUBLISHED) >= 0;
		if (!scope.canManage(review) && !(published && review.employeeId().equals(scope.self()))) {
			throw new BusinessRuleException(403, "performance.feedback.notYet");
		}
		audit.recordSensitiveRead("PerformanceFeedback", reviewId, "summary");
		return FeedbackSummaries.of(jdbc.query("""
				select relation, scores, comment from performance.feedback where tenant_id = ? and review_id = ?
				 and status <> 'PROPOSED'""", (rs, n) -> new FeedbackSummaries.Answer(rs.getString(1),
				rs.getString(2) == null ? null : json.readValue(rs.getString(2), SCORES), rs.getString(3)), tenantId,
				reviewId));
	}

	private ReviewRow open(UUID reviewId) {
		String tenantId = TenantContext.require();
		ReviewRow review = scope.visible(reviews.byId(tenantId, reviewId)
			.orElseThrow(() -> new NotFoundException("Review", reviewId)));
		if (cycles.byId(tenantId, review.cycleId()).orElseThrow().view().phase()
			.compareTo(CyclePhase.MANAGER_REVIEW) > 0) {
			throw new BusinessRuleException(409, "performance.feedback.closed");
		}
		return review;
	}

	private List<FeedbackRequest> requestsOf(UUID reviewId) {
		return jdbc.query("select id from performance.feedback where tenant_id = ? and review_id = ? order by id",
				(rs, n) -> rs.getObject(1, UUID.class), TenantContext.require(), reviewId)
			.stream()
			.map(this::request)
			.toList();
	}

	private FeedbackRequest request(UUID id) {
		String tenantId = TenantContext.require();
		return jdbc.query("""
				select f.id, f.review_id, f.relation, f.status, r.employee_name, r.position_id, c.name
				 from performance.feedback f join performance.review r on r.id = f.review_id
				 join performance.cycle c on c.id = r.cycle_id where f.tenant_id = ? and f.id = ?""", (rs, n) -> {
			List<String> competencies = scorer.competencyNames(rs.getObject(6, UUID.class));
			return new FeedbackRequest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(7),
					rs.getString(5), rs.getString(3), rs.getString(4), competencies.isEmpty()
							? List.of(messages.getMessage("performance.feedback.overall", null,
									LocaleContextHolder.getLocale()))
							: competencies);
		}, tenantId, id).stream().findFirst().orElseThrow();
	}
}
