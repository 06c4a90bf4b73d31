package io.renloop.workflow.internal;

import io.renloop.platform.NoticeTopic;
import io.renloop.platform.Role;
import io.renloop.platform.WorkNotice;
import io.renloop.platform.WorkNotices;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every approval task that Flowable creates, compiled or uploaded: a single candidate becomes the assignee,
 * candidate groups named like a role become that role's holders, a delegation in force hands the task to the
 * delegate, and the task enters the approval's history.
 */
@Component
class TaskArrivals implements FlowableEventListener {

	private final Approvals approvals;

	private final Delegations delegations;

	private final ApproverDirectory directory;

	private final ObjectProvider<TaskService> tasks;

	private final WorkflowClock clock;

	private final WorkNotices notices;

	TaskArrivals(Approvals approvals, Delegations delegations, ApproverDirectory directory,
			ObjectProvider<TaskService> tasks, WorkflowClock clock, WorkNotices notices) {
		this.approvals = approvals;
		this.delegations = delegations;
		this.directory = directory;
		this.tasks = tasks;
		this.clock = clock;
		this.notices = notices;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (event.getType() != FlowableEngineEventType.TASK_CREATED
				|| !(event instanceof FlowableEngineEntityEvent entityEvent)
				|| !(entityEvent.getEntity() instanceof TaskEntity task) || task.getProcessInstanceId() == null) {
			return;
		}
		Object approvalId = task.getVariable("approvalId");
		if (approvalId == null) {
			return;
		}
		String tenantId = task.getTenantId();
		TaskService service = tasks.getObject();
		expandRoleGroups(service, task, tenantId);
		List<String> candidates = service.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
			.map(IdentityLink::getUserId)
			.distinct()
			.toList();
		String assignee = task.getAssignee();
		if (assignee == null && candidates.size() == 1) {
			assignee = candidates.get(0);
			service.deleteCandidateUser(task.getId(), assignee);
		}
		UUID onBehalfOf = null;
		if (assignee != null) {
			Optional<UUID> delegate = delegations.delegateOn(tenantId, UUID.fromString(assignee), clock.today());
			if (delegate.isPresent()) {
				onBehalfOf = UUID.fromString(assignee);
				assignee = delegate.get().toString();
			}
			service.setAssignee(task.getId(), assignee);
		}
		else {
			for (String candidate : candidates) {
				delegations.delegateOn(tenantId, UUID.fromString(candidate), clock.today())
					.ifPresent(delegate -> service.addCandidateUser(task.getId(), delegate.toString()));
			}
		}
		approvals.insertStep(tenantId, UUID.fromString(approvalId.toString()), task.getId(), task.getName(), null,
				assignee == null ? null : UUID.fromString(assignee), onBehalfOf, clock.now());
		notifyDeciders(service, task, tenantId, assignee);
	}

	/** Whoever may decide the task hears of it where they chose (WeCom, DingTalk, e-mail), in this transaction. */
	private void notifyDeciders(TaskService service, TaskEntity task, String tenantId, String assignee) {
		List<String> deciders = assignee != null ? List.of(assignee)
				: service.getIdentityLinksForTask(task.getId())
					.stream()
					.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
					.map(IdentityLink::getUserId)
					.distinct()
					.toList();
		for (String decider : deciders) {
			notices.send(WorkNotice.toUser(tenantId, UUID.fromString(decider), NoticeTopic.APPROVAL_WAITING,
					"approval-task:" + task.getId(), "/approvals?task=" + task.getId(), String.valueOf(task.getName())));
		}
	}

	private void expandRoleGroups(TaskService service, TaskEntity task, String tenantId) {
		for (IdentityLink link : List.copyOf(service.getIdentityLinksForTask(task.getId()))) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				roleNamed(link.getGroupId()).ifPresent(role -> directory.holdersOf(tenantId, role)
					.forEach(user -> service.addCandidateUser(task.getId(), user.toString())));
			}
		}
	}

	private static Optional<Role> roleNamed(String group) {
		try {
			return Optional.of(Role.valueOf(group.toUpperCase(java.util.Locale.ROOT)));
		}
		catch (IllegalArgumentException notARole) {
			return Optional.empty();
		}
	}

	@Override
	public boolean isFailOnException() {
		return true;
	}

	@Override
	public boolean isFireOnTransactionLifecycleEvent() {
		return false;
	}

	@Override
	public String getOnTransaction() {
		return null;
	}
}
