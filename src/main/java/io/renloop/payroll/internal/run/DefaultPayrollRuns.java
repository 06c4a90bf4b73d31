package io.renloop.payroll.internal.run;

import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.payroll.CreatePayrollRun;
import io.renloop.payroll.PayGroupView;
import io.renloop.payroll.PayrollPublished;
import io.renloop.payroll.PayrollReviewLine;
import io.renloop.payroll.PayrollRunStatus;
import io.renloop.payroll.PayrollRunView;
import io.renloop.payroll.PayrollRuns;
import io.renloop.payroll.PayrollSummary;
import io.renloop.payroll.internal.structure.PayGroupStore;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BackgroundJobStatus;
import io.renloop.platform.BackgroundJobs;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantContext;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPayrollRuns implements PayrollRuns {

	private final RunStore runs;

	private final PayGroupStore groups;

	private final RunInputs inputs;

	private final PayslipStore payslips;

	private final RunReview review;

	private final BackgroundJobs jobs;

	private final ApprovalRequests approvals;

	private final ApplicationEventPublisher events;

	private final Organization organization;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultPayrollRuns(RunStore runs, PayGroupStore groups, RunInputs inputs, PayslipStore payslips, RunReview review,
			BackgroundJobs jobs, ApprovalRequests approvals, ApplicationEventPublisher events, Organization organization,
			AuditTrail audit, Clock clock) {
		this.runs = runs;
		this.groups = groups;
		this.inputs = inputs;
		this.payslips = payslips;
		this.review = review;
		this.jobs = jobs;
		this.approvals = approvals;
		this.events = events;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PayrollRunView create(CreatePayrollRun command) {
		String tenantId = TenantContext.require();
		PayGroupView group = groups.byId(tenantId, command.payGroupId())
			.orElseThrow(() -> InvalidFieldsException.of("payGroupId", "payroll.payGroup.unknown",
					command.payGroupId()));
		RunRow run = new RunRow(UUID.randomUUID(), command.period(), group.id(), RunRow.REGULAR,
				PayrollRunStatus.DRAFT, 0, null, null, null, null, null, null, null, null, null, null);
		try {
			runs.insert(tenantId, run, user(), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new BusinessRuleException("payroll.run.exists", command.period(), group.code());
		}
		audit.recordChange("CREATE", "PayrollRun", run.id(), null, Map.of("period", run.period(), "payGroup",
				group.code()));
		return get(run.id());
	}

	@Override
	@Transactional
	public PayrollRunView correct(UUID runId) {
		String tenantId = TenantContext.require();
		RunRow corrected = find(tenantId, runId);
		if (corrected.correction() || corrected.status() != PayrollRunStatus.PUBLISHED) {
			throw new BusinessRuleException("payroll.correction.notPublished", corrected.period(),
					corrected.status());
		}
		if (runs.correctionUnderway(tenantId, runId)) {
			throw new BusinessRuleException("payroll.correction.underway", corrected.period());
		}
		String target = runs.nextOpenPeriod(tenantId, corrected.payGroupId(), corrected.period());
		RunRow run = new RunRow(UUID.randomUUID(), corrected.period(), corrected.payGroupId(), RunRow.CORRECTION,
				PayrollRunStatus.DRAFT, 0, null, null, null, null, null, null, null, null, runId, target);
		runs.insert(tenantId, run, user(), clock.instant());
		audit.recordChange("CREATE", "PayrollRun", run.id(), null,
				Map.of("period", run.period(), "kind", run.kind(), "corrects", runId, "targetPeriod", target));
		return get(run.id());
	}

	@Override
	@Transactional(readOnly = true)
	public List<PayrollRunView> list() {
		String tenantId = TenantContext.require();
		Map<UUID, String> codes = groupCodes(tenantId);
		return runs.list(tenantId).stream().map(run -> view(run, codes)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public PayrollRunView get(UUID runId) {
		String tenantId = TenantContext.require();
		return view(find(tenantId, runId), groupCodes(tenantId));
	}

	@Override
	@Transactional
	public UUID calculate(UUID runId) {
		String tenantId = TenantContext.require();
		RunRow run = find(tenantId, runId);
		if (run.status() == PayrollRunStatus.CALCULATING && !jobEnded(run)) {
			throw new BusinessRuleException("payroll.run.calculating", run.period());
		}
		if (runs.calculating(tenantId, run.period()) && run.status() != PayrollRunStatus.CALCULATING) {
			throw new BusinessRuleException("payroll.run.periodBusy", run.period());
		}
		if (!runs.move(tenantId, runId, EnumSet.of(PayrollRunStatus.DRAFT, PayrollRunStatus.CALCULATED,
				PayrollRunStatus.CALCULATING), PayrollRunStatus.CALCULATING)) {
			throw new BusinessRuleException("payroll.run.locked", run.period(), run.status());
		}
		int employees = inputs.count(tenantId, run);
		UUID jobId = jobs.submit(PayrollCalculationJob.TYPE, Map.of("runId", runId.toString()), employees,
				Permission.PAYROLL_READ);
		runs.startCalculation(tenantId, runId, jobId);
		audit.recordChange("CALCULATE", "PayrollRun", runId, Map.of("status", run.status()),
				Map.of("status", PayrollRunStatus.CALCULATING, "jobId", jobId));
		return jobId;
	}

	@Override
	@Transactional // the read is audited
	public List<PayrollReviewLine> review(UUID runId, boolean flaggedOnly, int limit) {
		String tenantId = TenantContext.require();
		RunRow run = find(tenantId, runId);
		audit.recordSensitiveRead("PayrollRun", runId, "payslips");
		return review.lines(tenantId, run, flaggedOnly, limit);
	}

	@Override
	@Transactional(readOnly = true)
	public PayrollSummary summary(UUID runId) {
		String tenantId = TenantContext.require();
		RunRow run = find(tenantId, runId);
		Map<UUID, String> names = organization.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
		Map<UUID, List<PayrollSummary.Item>> items = payslips.itemsByDepartment(tenantId, runId);
		return new PayrollSummary(runId, run.period(), payslips.byDepartment(tenantId, runId)
			.stream()
			.map(d -> new PayrollSummary.Department(d.departmentId(), names.get(d.departmentId()), d.headcount(),
					d.gross(), d.employerCost(), items.getOrDefault(d.departmentId(), List.of())))
			.toList());
	}

	@Override
	@Transactional
	public PayrollRunView submit(UUID runId) {
		String tenantId = TenantContext.require();
		RunRow run = find(tenantId, runId);
		if (!runs.move(tenantId, runId, EnumSet.of(PayrollRunStatus.CALCULATED), PayrollRunStatus.SUBMITTED)) {
			throw new BusinessRuleException("payroll.run.notCalculated", run.period(), run.status());
		}
		String group = groupCodes(tenantId).get(run.payGroupId());
		UUID approvalId = approvals.start(new ApprovalRequest(SUBJECT_TYPE, runId,
				"Payroll · " + run.period() + " · " + group, null, null, run.net(),
				Map.of("period", run.period(), "payGroup", group, "headcount", run.headcount(), "gross", run.gross(),
						"net", run.net(), "tax", run.tax(), "employerCost", run.employerCost())));
		runs.submitted(tenantId, runId, approvalId);
		audit.recordChange("SUBMIT", "PayrollRun", runId, Map.of("status", run.status()),
				Map.of("status", PayrollRunStatus.SUBMITTED, "approvalId", approvalId));
		return get(runId);
	}

	@Override
	@Transactional
	public PayrollRunView publish(UUID runId) {
		String tenantId = TenantContext.require();
		RunRow run = find(tenantId, runId);
		if (!runs.move(tenantId, runId, EnumSet.of(PayrollRunStatus.APPROVED), PayrollRunStatus.PUBLISHED)) {
			throw new BusinessRuleException("payroll.run.notApproved", run.period(), run.status());
		}
		var now = clock.instant();
		runs.published(tenantId, runId, now);
		if (run.correction()) {
			// the month named at opening may have been approved meanwhile: the differences go to the next open one
			String target = runs.nextOpenPeriod(tenantId, run.payGroupId(), run.period());
			if (!target.equals(run.targetPeriod())) {
				runs.retarget(tenantId, runId, target);
			}
		}
		List<PayrollPublished.DepartmentCost> departments = payslips.byDepartment(tenantId, runId)
			.stream()
			.map(d -> new PayrollPublished.DepartmentCost(d.departmentId(), d.headcount(), d.gross(),
					d.employerCost()))
			.toList();
		events.publishEvent(new PayrollPublished(tenantId, runId, run.period(), run.payGroupId(), run.headcount(),
				run.gross(), run.net(), run.tax(), run.employerCost(), departments, now));
		audit.recordChange("PUBLISH", "PayrollRun", runId, Map.of("status", run.status()),
				Map.of("status", PayrollRunStatus.PUBLISHED));
		return get(runId);
	}

	private boolean jobEnded(RunRow run) {
		return run.jobId() == null || jobs.find(run.jobId())
			.map(job -> job.status() == BackgroundJobStatus.FAILED || job.status() == BackgroundJobStatus.COMPLETED)
			.orElse(true);
	}

	private RunRow find(String tenantId, UUID runId) {
		return runs.find(tenantId, runId).orElseThrow(() -> new NotFoundException("PayrollRun", runId));
	}

	private Map<UUID, String> groupCodes(String tenantId) {
		return groups.list(tenantId).stream().collect(Collectors.toMap(PayGroupView::id, PayGroupView::code));
	}

	private static PayrollRunView view(RunRow run, Map<UUID, String> codes) {
		return new PayrollRunView(run.id(), run.period(), run.payGroupId(), codes.get(run.payGroupId()), run.kind(),
				run.status(), run.headcount(),
				new PayrollRunView.Totals(run.gross(), run.net(), run.tax(), run.employerCost()), run.jobId(),
				run.calculatedAt(), run.publishedAt(), run.correctsRunId(), run.targetPeriod());
	}

	private static String user() {
		return CurrentUser.find().map(CurrentUser::email).orElse("system");
	}
}
