package io.renloop.workflow.internal;

import io.renloop.platform.SystemActor;
import java.util.UUID;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The escalation timer of a step fired: every open task assigned to somebody moves to that person's manager (the
 * next level up); a task whose assignee has no manager with a login stays where it is.
 */
@Component("approvalEscalations")
class ApprovalEscalations implements JavaDelegate {

	private final ObjectProvider<TaskService> tasks;

	private final ApproverDirectory directory;

	private final Approvals approvals;

	ApprovalEscalations(ObjectProvider<TaskService> tasks, ApproverDirectory directory, Approvals approvals) {
		this.tasks = tasks;
		this.directory = directory;
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String tenantId = execution.getTenantId();
		TaskService service = tasks.getObject();
		SystemActor.runAs(tenantId, () -> {
			for (Task task : OpenTasks.ofTimer(service, execution)) {
				if (task.getAssignee() == null) {
					continue;
				}
				UUID from = UUID.fromString(task.getAssignee());
				directory.managerOfUser(tenantId, from).ifPresent(manager -> {
					service.setAssignee(task.getId(), manager.toString());
					approvals.reassignStep(tenantId, task.getId(), manager, null, from, "ESCALATED");
				});
			}
		});
	}
}
