package io.renloop.performance.internal;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.organization.Organization;
import io.renloop.performance.CalibrationMove;
import io.renloop.performance.CalibrationView;
import io.renloop.performance.CreateCycle;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.CycleView;
import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.performance.ReviewSummary;
import io.renloop.performance.TemplateView;
import io.renloop.performance.internal.scoring.GradeScale;
import io.renloop.performance.internal.scoring.ScoredReview;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.recruitment.TopPerformers;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPerformanceCycles implements PerformanceCycles {

	private final CycleStore cycles;

	private final ReviewStore reviews;

	private final TemplateStore templates;

	private final MetricStore metrics;

	private final ReviewScorer scorer;

	private final ReviewScope scope;

	private final GradeGuidance guidance;

	private final Calibration calibration;

	private final EmployeeDirectory directory;

	private final Organization organization;

	private final ApprovalRequests approvals;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TenantTime time;

	private final TopPerformers topPerformers;

	DefaultPerformanceCycles(CycleStore cycles, ReviewStore reviews, TemplateStore templates, MetricStore metrics,
			ReviewScorer scorer, ReviewScope scope, GradeGuidance guidance, Calibration calibration,
			EmployeeDirectory directory, Organization organization, ApprovalRequests approvals,
			ApplicationEventPublisher events, AuditTrail audit, TenantTime time, TopPerformers topPerformers) {
		this.topPerformers = topPerformers;
		this.cycles = cycles;
		this.reviews = reviews;
		this.templates = templates;
		this.metrics = metrics;
		this.scorer = scorer;
		this.scope = scope;
		this.guidance = guidance;
		this.calibration = calibration;
		this.directory = directory;
		this.organization = organization;
		this.approvals = approvals;
		this.events = events;
		this.audit = audit;
		this.time = time;
	}

	@Override
	@Transactional
	public CycleView create(CreateCycle command) {
		String tenantId = TenantContext.require();
		if (command.periodEnd().isBefore(command.periodStart())
				|| command.periodEnd().isAfter(command.periodStart().plusYears(1))) {
			throw InvalidFieldsException.of("periodEnd", "performance.cycle.period");
		}
		TemplateView template = templates.byCode(tenantId, command.templateCode())
			.orElseThrow(() -> InvalidFieldsException.of("templateCode", "performance.cycle.unknownTemplate",
					command.templateCode()));
		Set<UUID> departments = null;
		if (command.departmentId() != null) {
			organization.department(command.departmentId());
			departments = organization.subtreeIds(command.departmentId());
		}
		Set<UUID> inScope = departments;
		List<EmployeeDirectory.Entry> people = directory.employedBetween(command.periodStart(), command.periodEnd())
			.stream()
			.filter(e -> inScope == null || inScope.contains(e.departmentId()))
			.toList();
		if (people.isEmpty()) {
			throw new BusinessRuleException(422, "performance.cycle.nobody");
		}
		List<CycleStore.StoredRule> rules = TemplateRules.resolve(command.templates(),
				code -> templates.byCode(tenantId, code).map(TemplateView::id));
		TemplateRules assignment = new TemplateRules(rules, organization.departments());
		UUID id = UUID.randomUUID();
		cycles.insert(tenantId, id, command, template.id(), rules, people.size(), time.clock().instant());
		reviews.insertAll(tenantId, id, people, assignment::templateOf);
		CycleView created = get(id);
		audit.recordChange("CREATE", "PerformanceCycle", id, null, created);
		return created;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CycleView> list() {
		return cycles.list(TenantContext.require()).stream().map(CycleRow::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public CycleView get(UUID id) {
		return row(id).view();
	}

	@Override
	@Transactional
	public CycleView advance(UUID id, CyclePhase phase) {
		CycleView cycle = get(id);
		if (phase.compareTo(cycle.phase()) <= 0 || phase.compareTo(CyclePhase.CALIBRATION) > 0) {
			throw new BusinessRuleException(409, "performance.cycle.phaseOrder", cycle.phase(), phase);
		}
		move(cycle, EnumSet.of(cycle.phase()), phase);
		return get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReviewSummary> reviews(UUID cycleId) {
		row(cycleId);
		return reviews.ofCycle(TenantContext.require(), cycleId, scope.departments(), scope.self())
			.stream()
			.map(ReviewRow::summary)
			.toList();
	}

	@Override
	@Transactional
	public int score(UUID cycleId) {
		String tenantId = TenantContext.require();
		CycleRow cycle = row(cycleId);
		if (cycle.view().phase().compareTo(CyclePhase.CALIBRATION) > 0) {
			throw new BusinessRuleException(409, "performance.cycle.locked");
		}
		ReviewScorer.CycleScoring scoring = scorer.forCycle(tenantId, cycle);
		GradeScale scale = guidance.scale();
		List<UUID> ids = new ArrayList<>();
		List<BigDecimal> scores = new ArrayList<>();
		List<String> grades = new ArrayList<>();
		int scored = 0;
		for (ReviewRow review : reviews.ofCycle(tenantId, cycleId, null, null)) {
			ScoredReview result = scoring.score(review);
			ids.add(review.id());
			scores.add(result.total());
			grades.add(result.total() == null ? null : scale.gradeOf(result.total()));
			scored += result.total() == null ? 0 : 1;
		}
		reviews.saveScores(tenantId, ids, scores, grades);
		audit.recordChange("SCORE", "PerformanceCycle", cycleId, null, Map.of("scored", scored, "reviews",
				ids.size()));
		return scored;
	}

	@Override
	@Transactional(readOnly = true)
	public CalibrationView calibration(UUID cycleId) {
		return calibration.view(row(cycleId).view());
	}

	@Override
	@Transactional
	public CalibrationView calibrate(UUID cycleId, List<CalibrationMove> moves) {
		CycleView cycle = row(cycleId).view();
		if (cycle.phase() != CyclePhase.CALIBRATION) {
			throw new BusinessRuleException(409, "performance.calibration.closed");
		}
		calibration.move(cycle, moves);
		return calibration.view(cycle);
	}

	@Override
	@Transactional
	public CycleView submit(UUID cycleId) {
		String tenantId = TenantContext.require();
		CycleView cycle = get(cycleId);
		if (cycle.phase() != CyclePhase.CALIBRATION) {
			throw new BusinessRuleException(409, "performance.cycle.notCalibrating");
		}
		int open = reviews.ungraded(tenantId, cycleId);
		if (open > 0) {
			throw new BusinessRuleException(409, "performance.cycle.ungraded", String.valueOf(open));
		}
		move(cycle, EnumSet.of(CyclePhase.CALIBRATION), CyclePhase.APPROVAL);
		UUID approval = approvals.start(new ApprovalRequest(RESULT_SUBJECT, cycleId, cycle.name(),
				cycle.departmentId(), null, null, Map.of("reviews", cycle.reviewCount())));
		cycles.approvalStarted(tenantId, cycleId, approval);
		return get(cycleId);
	}

	@Override
	@Transactional
	public CycleView publish(UUID cycleId) {
		String tenantId = TenantContext.require();
		CycleView cycle = get(cycleId);
		if (cycle.phase() != CyclePhase.APPROVED) {
			throw new BusinessRuleException(409, "performance.cycle.notApproved");
		}
		move(cycle, EnumSet.of(CyclePhase.APPROVED), CyclePhase.PUBLISHED);
		reviews.publishAll(tenantId, cycleId);
		cycles.published(tenantId, cycleId, time.clock().instant(), time.today());
		List<PerformanceResultsPublished.Result> results = calibration.results(cycleId);
		Map<UUID, String> grades = new HashMap<>();
		results.forEach(result -> grades.put(result.employeeId(), result.grade()));
		// a call down: recruitment's ideal profiles learn from the best holders of each position
		topPerformers.record(cycle.name(), time.clock().instant(), grades,
				Set.copyOf(guidance.scale().codes().subList(0, 2)));
		events.publishEvent(new PerformanceResultsPublished(tenantId, cycleId, cycle.name(), cycle.periodStart(),
				cycle.periodEnd(), time.clock().instant(), results));
		return get(cycleId);
	}

	private void move(CycleView cycle, Set<CyclePhase> from, CyclePhase to) {
		if (!cycles.move(TenantContext.require(), cycle.id(), from, to)) {
			throw new BusinessRuleException(409, "performance.cycle.phaseOrder", cycle.phase(), to);
		}
		audit.recordChange("PHASE", "PerformanceCycle", cycle.id(), Map.of("phase", cycle.phase()),
				Map.of("phase", to));
	}

	private CycleRow row(UUID id) {
		return cycles.byId(TenantContext.require(), id).orElseThrow(() -> new NotFoundException("Cycle", id));
	}
}
