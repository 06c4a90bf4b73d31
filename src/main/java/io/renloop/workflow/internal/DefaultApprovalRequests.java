package io.renloop.workflow.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantContext;
import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import io.renloop.workflow.ApprovalStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts approvals: resolves the approvers of the tenant's chain for the request, deploys the chain's compiled
 * process for the tenant when it changed, and starts it; an uploaded BPMN process starts as it is, with the
 * request's values and the requester's managers as variables.
 */
@Service
class DefaultApprovalRequests implements ApprovalRequests {

	private final Approvals approvals;

	private final DefaultApprovalChains chains;

	private final ApproverSlots slots;

	private final ApproverDirectory directory;

	private final CompiledChainDeployments deployments;

	private final RuntimeService runtime;

	private final WorkflowClock clock;

	private final AuditTrail audit;

	DefaultApprovalRequests(Approvals approvals, DefaultApprovalChains chains, ApproverSlots slots,
			ApproverDirectory directory, CompiledChainDeployments deployments, RuntimeService runtime, WorkflowClock clock,
			AuditTrail audit) {
		this.approvals = approvals;
		this.chains = chains;
		this.slots = slots;
		this.directory = directory;
		this.deployments = deployments;
		this.runtime = runtime;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	@Transactional
	public UUID start(ApprovalRequest request) {
		String tenantId = TenantContext.require();
		SubjectTypes.require(request.subjectType());
		if (approvals.running(tenantId, request.subjectType(), request.subjectId())) {
			throw new BusinessRuleException(409, "workflow.approval.alreadyRunning");
		}
		UUID approvalId = UUID.randomUUID();
		Instant now = clock.now();
		UUID requester = CurrentUser.find().map(CurrentUser::userId).orElse(null);
		approvals.insert(approvalId, tenantId, request, null, requester, now);
		Map<String, Object> variables = baseVariables(approvalId, request, requester);
		ChainStore.StoredChain stored = chains.stored(tenantId, request.subjectType()).orElse(null);
		String processInstanceId;
		if (stored != null && stored.bpmnXml() != null) {
			variables.putAll(managerVariables(tenantId, request));
			processInstanceId = runtime
				.startProcessInstanceByKeyAndTenantId(stored.processKey(), approvalId.toString(), variables, tenantId)
				.getId();
		}
		else {
			List<ApprovalChainStep> steps = stored == null ? DefaultChains.of(request.subjectType()) : stored.steps();
			variables.putAll(approverVariables(tenantId, approvalId, request, steps, now));
			processInstanceId = runtime
				.startProcessInstanceById(deployments.definitionId(tenantId, request.subjectType(), steps),
						approvalId.toString(), variables)
				.getId();
		}
		approvals.attachProcess(approvalId, processInstanceId);
		audit.recordChange("START", "Approval", approvalId, null,
				Map.of("subjectType", request.subjectType(), "subjectId", request.subjectId().toString()));
		return approvalId;
	}

	@Override
	@Transactional
	public boolean withdraw(String subjectType, UUID subjectId, String reason) {
		String tenantId = TenantContext.require();
		Optional<Approvals.Approval> running = approvals.bySubject(tenantId, subjectType, subjectId)
			.stream()
			.filter(approval -> "RUNNING".equals(approval.status()))
			.findFirst();
		if (running.isEmpty() || !approvals.withdraw(tenantId, running.get().id(), reason, clock.now())) {
			return false;
		}
		String process = running.get().processInstanceId();
		if (process != null && runtime.createProcessInstanceQuery().processInstanceId(process).count() > 0) {
			runtime.deleteProcessInstance(process, Approvals.WITHDRAWN + " " + reason);
		}
		audit.recordChange("WITHDRAW", "Approval", running.get().id(), Map.of("status", "RUNNING"),
				Map.of("status", Approvals.WITHDRAWN, "reason", reason, "subjectType", subjectType, "subjectId",
						subjectId.toString()));
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApprovalStep> history(String subjectType, UUID subjectId) {
		String tenantId = TenantContext.require();
		List<UUID> ids = approvals.bySubject(tenantId, subjectType, subjectId)
			.stream()
			.map(Approvals.Approval::id)
			.toList();
		return approvals.history(tenantId, ids);
	}

	/**
	 * What every approval process carries: the approval's id (for {@link TaskArrivals}) and the values tenant
	 * expressions may read ({@link TenantExpressions#PROCESS_VARIABLES}). The tenant, subject type and subject id are
	 * on the approval's own row, so they are not repeated as engine variables (each is a row per approval).
	 */
	private static Map<String, Object> baseVariables(UUID approvalId, ApprovalRequest request, UUID requester) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("approvalId", approvalId.toString());
		variables.put("amount", request.amount());
		variables.put("requesterUserId", requester == null ? null : requester.toString());
		return variables;
	}

	private Map<String, Object> managerVariables(String tenantId, ApprovalRequest request) {
		Map<String, Object> variables = new HashMap<>();
		List<UUID> managers = directory.managerEmployees(tenantId, request.employeeId(), request.departmentId(), 3);
		for (int level = 1; level <= managers.size(); level++) {
			variables.put("manager" + level, directory.userOfEmployee(tenantId, managers.get(level - 1))
				.map(UUID::toString)
				.orElse(null));
		}
		return variables;
	}

	private Map<String, Object> approverVariables(String tenantId, UUID approvalId, ApprovalRequest request,
			List<ApprovalChainStep> steps, Instant now) {
		Map<String, Object> variables = new HashMap<>();
		boolean anybody = false;
		for (int i = 0; i < steps.size(); i++) {
			ApprovalChainStep step = steps.get(i);
			ApproverSlots.Resolved resolved = slots.resolve(tenantId, step, request);
			variables.put(ChainCompiler.approversVariable(String.valueOf(i)), new ArrayList<>(resolved.slots()));
			boolean applies = step.amountAbove() == null
					|| request.amount() != null && request.amount().compareTo(step.amountAbove()) > 0;
			anybody |= applies && !resolved.slots().isEmpty();
			for (int level : resolved.skippedLevels()) {
				approvals.insertStep(tenantId, approvalId, null, step.name() + " · L" + level, "SKIPPED", null, null,
						now);
			}
			if (applies && resolved.slots().isEmpty() && resolved.skippedLevels().isEmpty()) {
				approvals.insertStep(tenantId, approvalId, null, step.name(), "SKIPPED", null, null, now);
			}
		}
		String fallback = slots.fallback(tenantId);
		variables.put(ChainCompiler.approversVariable(ChainCompiler.FALLBACK),
				anybody || fallback.isEmpty() ? new ArrayList<String>() : new ArrayList<>(List.of(fallback)));
		return variables;
	}
}
