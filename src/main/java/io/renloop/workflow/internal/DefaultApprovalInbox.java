package io.renloop.workflow.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalInbox;
import io.renloop.workflow.ApprovalOutcome;
import io.renloop.workflow.ApprovalStep;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approver's side. A decision locks the task's history row first, so that of two racing decisions the second
 * waits, then finds the task decided and gets a 409. Rejecting or returning ends the approval at once; the
 * approval that completes its process ends approved; either way {@link ApprovalDecided} is published once, in the
 * deciding transaction.
 */
@Service
class DefaultApprovalInbox implements ApprovalInbox {

	private final Approvals approvals;

	private final Delegations delegations;

	private final ApproverDirectory directory;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final WorkflowClock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	DefaultApprovalInbox(Approvals approvals, Delegations delegations, ApproverDirectory directory, TaskService tasks,
			RuntimeService runtime, WorkflowClock clock, AuditTrail audit, ApplicationEventPublisher events) {
		this.approvals = approvals;
		this.delegations = delegations;
		this.directory = directory;
		this.tasks = tasks;
		this.runtime = runtime;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<InboxTask> inbox() {
		CurrentUser user = CurrentUser.require();
		String me = user.userId().toString();
		List<Task> open = tasks.createTaskQuery()
			.taskTenantId(user.tenantId())
			.or()
			.taskAssignee(me)
			.taskCandidateUser(me)
			.endOr()
			.orderByTaskCreateTime()
			.asc()
			.list();
		// the approvals and steps of all tasks in two statements, not two per task
		Map<String, Approvals.Approval> byProcess = approvals.byProcesses(user.tenantId(),
				open.stream().map(Task::getProcessInstanceId).distinct().toList());
		Map<String, Approvals.Step> steps = approvals.stepsOf(user.tenantId(), open.stream().map(Task::getId).toList());
		return open.stream()
			.map(task -> inboxTask(task, byProcess.get(task.getProcessInstanceId()), steps.get(task.getId())))
			.filter(Objects::nonNull)
			.toList();
	}

	private static InboxTask inboxTask(Task task, Approvals.Approval approval, Approvals.Step step) {
		if (approval == null) {
			return null;
		}
		return new InboxTask(task.getId(), approval.id(), approval.subjectType(), approval.subjectId(),
				approval.title(), task.getName(), approval.amount(), approval.attributes(),
				task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
				step == null ? null : step.onBehalfOf());
	}

	@Override
	@Transactional
	public void decide(String taskId, ApprovalOutcome outcome, String comment) {
		if (outcome == null) {
			throw InvalidFieldsException.of("outcome", "workflow.decision.outcomeRequired");
		}
		CurrentUser user = CurrentUser.require();
		String tenantId = user.tenantId();
		Approvals.Step step = approvals.lockStep(tenantId, taskId)
			.orElseThrow(() -> new NotFoundException("ApprovalTask", taskId));
		Task task = tasks.createTaskQuery().taskId(taskId).taskTenantId(tenantId).singleResult();
		if (step.decidedAt() != null || task == null) {
			throw new BusinessRuleException(409, "workflow.decision.alreadyDecided");
		}
		if (!mayDecide(task, user.userId().toString())) {
			throw new BusinessRuleException(403, "workflow.decision.notYours");
		}
		Approvals.Approval approval = approvals.byId(tenantId, step.approvalId())
			.orElseThrow(() -> new NotFoundException("Approval", step.approvalId()));
		Instant now = clock.now();
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		approvals.decideStep(step.id(), user.userId(), outcome, text, now);
		audit.recordChange("DECIDE", "ApprovalTask", taskId, null, Map.of("approvalId", approval.id().toString(),
				"outcome", outcome.name(), "step", step.name()));
		if (outcome == ApprovalOutcome.APPROVED) {
			tasks.setAssignee(taskId, user.userId().toString());
			tasks.complete(taskId);
			if (runtime.createProcessInstanceQuery().processInstanceId(approval.processInstanceId()).count() > 0) {
				approvals.closeStepsEndedWithout(tenantId, approval.id(), tasks.createTaskQuery()
					.processInstanceId(approval.processInstanceId())
					.list()
					.stream()
					.map(Task::getId)
					.toList(), now);
				return;
			}
		}
		else {
			runtime.deleteProcessInstance(approval.processInstanceId(), outcome.name());
		}
		approvals.end(tenantId, approval.id(), outcome, now);
		events.publishEvent(new ApprovalDecided(tenantId, approval.subjectType(), approval.subjectId(), outcome,
				user.userId(), text));
	}

	private boolean mayDecide(Task task, String userId) {
		if (userId.equals(task.getAssignee())) {
			return true;
		}
		return task.getAssignee() == null && tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId()));
	}

	@Override
	@Transactional(readOnly = true)
	public Delegation delegation() {
		CurrentUser user = CurrentUser.require();
		return delegations.of(user.tenantId(), user.userId()).orElse(null);
	}

	@Override
	@Transactional
	public Delegation delegate(Delegation delegation) {
		CurrentUser user = CurrentUser.require();
		String tenantId = user.tenantId();
		if (delegation == null || delegation.delegateUserId() == null
				|| directory.user(tenantId, delegation.delegateUserId()).isEmpty()) {
			throw InvalidFieldsException.of("delegateUserId", "workflow.delegation.unknownUser");
		}
		if (delegation.delegateUserId().equals(user.userId())) {
			throw InvalidFieldsException.of("delegateUserId", "workflow.delegation.self");
		}
		if (delegation.from() == null || delegation.to() == null || delegation.to().isBefore(delegation.from())) {
			throw InvalidFieldsException.of("to", "workflow.delegation.window");
		}
		Delegation before = delegations.of(tenantId, user.userId()).orElse(null);
		delegations.save(tenantId, user.userId(), delegation);
		if (!clock.today().isBefore(delegation.from()) && !clock.today().isAfter(delegation.to())) {
			handOver(tenantId, user.userId(), delegation.delegateUserId());
		}
		audit.recordChange("DELEGATE", "ApprovalDelegation", user.userId(), before, delegation);
		return delegation;
	}

	private void handOver(String tenantId, UUID from, UUID to) {
		for (Task task : tasks.createTaskQuery().taskTenantId(tenantId).taskAssignee(from.toString()).list()) {
			tasks.setAssignee(task.getId(), to.toString());
			approvals.reassignStep(tenantId, task.getId(), to, from, null, null);
		}
		for (Task task : tasks.createTaskQuery().taskTenantId(tenantId).taskCandidateUser(from.toString())
			.list()) {
			tasks.addCandidateUser(task.getId(), to.toString());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApprovalStep> history(String subjectType, UUID subjectId) {
		CurrentUser user = CurrentUser.require();
		String tenantId = user.tenantId();
		List<Approvals.Approval> all = approvals.bySubject(tenantId, subjectType, subjectId);
		boolean allowed = user.can(Permission.APPROVAL_ADMIN) || all.stream()
			.anyMatch(a -> approvals.participant(tenantId, a.id(), user.userId()) || isCandidate(a, user.userId()));
		if (!allowed) {
			throw new BusinessRuleException(403, "workflow.history.notParticipant");
		}
		return approvals.history(tenantId, all.stream().map(Approvals.Approval::id).toList());
	}

	private boolean isCandidate(Approvals.Approval approval, UUID userId) {
		return approval.processInstanceId() != null && tasks.createTaskQuery()
			.processInstanceId(approval.processInstanceId())
			.taskCandidateUser(userId.toString())
			.count() > 0;
	}

}
