package io.renloop.workflow.internal;

import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.SystemActor;
import java.util.List;
import java.util.UUID;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The reminder timer of a step fired: mails whoever may still decide its open tasks. */
@Component("approvalReminders")
class ApprovalReminders implements JavaDelegate {

	private final ObjectProvider<TaskService> tasks;

	private final ApproverDirectory directory;

	private final Approvals approvals;

	private final OutgoingMail mail;

	ApprovalReminders(ObjectProvider<TaskService> tasks, ApproverDirectory directory, Approvals approvals,
			OutgoingMail mail) {
		this.tasks = tasks;
		this.directory = directory;
		this.approvals = approvals;
		this.mail = mail;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String tenantId = execution.getTenantId();
		TaskService service = tasks.getObject();
		SystemActor.runAs(tenantId, () -> {
			for (Task task : OpenTasks.ofTimer(service, execution)) {
				for (String user : recipients(service, task)) {
					directory.user(tenantId, UUID.fromString(user))
						.ifPresent(view -> mail.send(MailMessage.plain(tenantId, view.email(),
								"Reminder: approval waiting · 待审批提醒 · " + task.getName(),
								"An approval is waiting for your decision: " + task.getName()
										+ "\n您有一项待审批任务：" + task.getName() + "\n/approvals")));
				}
				approvals.noteStep(tenantId, task.getId(), "REMINDED");
			}
		});
	}

	private static List<String> recipients(TaskService service, Task task) {
		if (task.getAssignee() != null) {
			return List.of(task.getAssignee());
		}
		return service.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
			.map(IdentityLink::getUserId)
			.toList();
	}
}
