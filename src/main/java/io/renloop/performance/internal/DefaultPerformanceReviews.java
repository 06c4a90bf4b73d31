package io.renloop.performance.internal;

import io.renloop.performance.CyclePhase;
import io.renloop.performance.CycleView;
import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.PerformanceReviews;
import io.renloop.performance.ReviewStatus;
import io.renloop.performance.ReviewView;
import io.renloop.performance.WriteReview;
import io.renloop.performance.internal.scoring.ScoredReview;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPerformanceReviews implements PerformanceReviews {

	private static final BigDecimal MAX_SCORE = new BigDecimal("120");

	private final ReviewStore reviews;

	private final CycleStore cycles;

	private final TemplateStore templates;

	private final MetricStore metrics;

	private final ReviewScorer scorer;

	private final ReviewScope scope;

	private final GradeGuidance guidance;

	private final ApprovalRequests approvals;

	private final AuditTrail audit;

	private final TenantTime time;

	private final MessageSource messages;

	DefaultPerformanceReviews(ReviewStore reviews, CycleStore cycles, TemplateStore templates, MetricStore metrics,
			ReviewScorer scorer, ReviewScope scope, GradeGuidance guidance, ApprovalRequests approvals,
			AuditTrail audit, TenantTime time, MessageSource messages) {
		this.reviews = reviews;
		this.cycles = cycles;
		this.templates = templates;
		this.metrics = metrics;
		this.scorer = scorer;
		this.scope = scope;
		this.guidance = guidance;
		this.approvals = approvals;
		this.audit = audit;
		this.time = time;
		this.messages = messages;
	}

	@Override
	@Transactional
	public ReviewView get(UUID id) {
		ReviewRow review = scope.visible(load(id));
		audit.recordSensitiveRead("PerformanceReview", id, "scores");
		return view(review);
	}

	@Override
	@Transactional
	public ReviewView writeSelf(UUID id, WriteReview write) {
		ReviewRow review = scope.visible(load(id));
		if (!review.employeeId().equals(scope.self())) {
			throw new BusinessRuleException(403, "performance.review.notYours");
		}
		CycleView cycle = cycle(review);
		if (!cycle.phase().selfReviewOpen() || review.status() != ReviewStatus.SELF_REVIEW) {
			throw new BusinessRuleException(409, "performance.review.selfClosed");
		}
		checkScores(write.scores());
		reviews.writeSelf(TenantContext.require(), id, write.scores(), write.comment(),
				write.submit() ? ReviewStatus.MANAGER_REVIEW : ReviewStatus.SELF_REVIEW);
		audit.recordChange(write.submit() ? "SUBMIT_SELF" : "DRAFT_SELF", "PerformanceReview", id,
				review.selfScores(), write.scores());
		return view(load(id));
	}

	@Override
	@Transactional
	public ReviewView writeManager(UUID id, WriteReview write) {
		ReviewRow review = scope.visible(load(id));
		if (!scope.canManage(review)) {
			throw new BusinessRuleException(403, "performance.review.notYourReport");
		}
		CycleView cycle = cycle(review);
		if (!cycle.phase().managerReviewOpen() || review.status().compareTo(ReviewStatus.SCORED) > 0) {
			throw new BusinessRuleException(409, "performance.review.managerClosed");
		}
		checkScores(write.scores());
		ReviewRow written = new ReviewRow(review.id(), review.cycleId(), review.employeeId(), review.employeeNo(),
				review.employeeName(), review.departmentId(), review.positionId(), review.status(),
				review.selfScores(), write.scores(), review.selfComment(), write.comment(), null, null, null, null,
				null, null, review.templateId());
		ScoredReview scored = score(cycle, written, null);
		if (write.submit() && scored.total() == null) {
			throw new BusinessRuleException(422, "performance.review.missingScores", String.join(", ",
					scored.missing()));
		}
		String grade = scored.total() == null ? null : guidance.scale().gradeOf(scored.total());
		ReviewStatus status = write.submit() ? ReviewStatus.SCORED
				: review.status() == ReviewStatus.SCORED ? ReviewStatus.SCORED : review.status();
		reviews.writeManager(TenantContext.require(), id, write.scores(), write.comment(), write.potential(), status,
				CurrentUser.require().userId(), scored.total(), grade);
		audit.recordChange(write.submit() ? "SUBMIT_MANAGER" : "DRAFT_MANAGER", "PerformanceReview", id,
				Map.of("scores", review.managerScores()), Map.of("scores", write.scores(), "score",
						String.valueOf(scored.total())));
		return view(load(id));
	}

	@Override
	@Transactional
	public List<ReviewView> mine() {
		UUID self = scope.self();
		if (self == null) {
			return List.of();
		}
		return reviews.ofEmployee(TenantContext.require(), self).stream().map(this::view).toList();
	}

	@Override
	@Transactional
	public ReviewView appeal(UUID id, String reason) {
		ReviewRow review = scope.visible(load(id));
		if (!review.employeeId().equals(scope.self())) {
			throw new BusinessRuleException(403, "performance.review.notYours");
		}
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw InvalidFieldsException.of("reason", "performance.appeal.reason");
		}
		CycleView cycle = cycle(review);
		if (review.appealStatus() != null) {
			throw new BusinessRuleException(409, "performance.appeal.once");
		}
		if (review.status() != ReviewStatus.PUBLISHED || cycle.appealUntil() == null
				|| time.today().isAfter(cycle.appealUntil())) {
			throw new BusinessRuleException(409, "performance.appeal.closed");
		}
		approvals.start(new ApprovalRequest(PerformanceCycles.APPEAL_SUBJECT, id,
				messages.getMessage("performance.appeal.title", new Object[] { review.employeeName(), cycle.name() },
						LocaleContextHolder.getLocale()),
				review.departmentId(), review.employeeId(), null, Map.of("grade", review.finalGrade())));
		reviews.appeal(TenantContext.require(), id, reason.strip(), ReviewStatus.APPEALED, "PENDING");
		audit.recordChange("APPEAL", "PerformanceReview", id, null, Map.of("reason", reason.strip()));
		return view(load(id));
	}

	/** The review with every item scored and explained in the reader's language. */
	ReviewView view(ReviewRow review) {
		CycleView cycle = cycle(review);
		boolean published = cycle.phase().compareTo(CyclePhase.PUBLISHED) >= 0;
		boolean own = review.employeeId().equals(scope.self());
		ScoredReview scored = score(cycle, review, this::label);
		// before publication an employee sees their own entries, not the manager's scores or the grade
		boolean hide = own && !published && !scope.canManage(review);
		return new ReviewView(review.id(), cycle.id(), cycle.name(), cycle.period(), cycle.phase(),
				review.employeeId(), review.employeeNo(), review.employeeName(), review.departmentId(),
				review.status(), hide ? scored.items().stream().map(ReviewViews::withoutManager).toList()
						: scored.items(),
				scored.missing(), !hide && scored.vetoed(), hide ? null : scored.total(),
				hide ? null : review.grade(), hide ? null : review.finalGrade(), review.selfComment(),
				hide ? null : review.managerComment(), hide ? null : review.potential(), review.appealReason(),
				review.appealStatus(), cycle.appealUntil());
	}

	private ScoredReview score(CycleView cycle, ReviewRow review, java.util.function.Function<String, String> label) {
		String tenantId = TenantContext.require();
		return scorer.score(tenantId, cycles.byId(tenantId, cycle.id()).orElseThrow(), review, label);
	}

	private String label(String variable) {
		return messages.getMessage("performance.variable." + variable, null, variable, LocaleContextHolder.getLocale());
	}

	private static void checkScores(Map<String, BigDecimal> scores) {
		scores.forEach((key, score) -> {
			if (score == null || score.signum() < 0 || score.compareTo(MAX_SCORE) > 0 || score.scale() > 2) {
				throw InvalidFieldsException.of("scores." + key, "performance.review.scoreRange");
			}
		});
	}

	private CycleView cycle(ReviewRow review) {
		return cycles.byId(TenantContext.require(), review.cycleId()).orElseThrow().view();
	}

	private ReviewRow load(UUID id) {
		return reviews.byId(TenantContext.require(), id).orElseThrow(() -> new NotFoundException("Review", id));
	}

}
