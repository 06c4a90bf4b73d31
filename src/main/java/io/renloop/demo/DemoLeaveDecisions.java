package io.renloop.demo;

import io.renloop.workflow.ApprovalInbox;
import io.renloop.workflow.ApprovalOutcome;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Decides demo leave as the approvers would: signed in as each demo approver in turn (a manager for their reports,
 * the tenant administrator where a team's head has no login), through the workflow inbox, so the decision travels
 * as in real use (ApprovalDecided → leave).
 */
@Component
class DemoLeaveDecisions {

	static final List<String> APPROVERS = List.of("manager@demo.example", "admin@demo.example", "hr@demo.example");

	private final UserDetailsService users;

	private final ApprovalInbox inbox;

	DemoLeaveDecisions(UserDetailsService users, ApprovalInbox inbox) {
		this.users = users;
		this.inbox = inbox;
	}

	void decide(Collection<UUID> approve, Collection<UUID> reject) {
		for (String approver : APPROVERS) {
			as(approver, () -> inbox.inbox().forEach(task -> {
				if (approve.contains(task.subjectId())) {
					inbox.decide(task.taskId(), ApprovalOutcome.APPROVED, "同意，注意交接工作");
				}
				else if (reject.contains(task.subjectId())) {
					inbox.decide(task.taskId(), ApprovalOutcome.REJECTED, "请补交医院证明后重新申请");
				}
			}));
		}
	}

	/** Approves the subjects as each of the approvers in turn, as far as their inboxes hold them. */
	void approveAs(List<String> approvers, Collection<UUID> approve, String comment) {
		for (String approver : approvers) {
			as(approver, () -> inbox.inbox()
				.stream()
				.filter(task -> approve.contains(task.subjectId()))
				.forEach(task -> inbox.decide(task.taskId(), ApprovalOutcome.APPROVED, comment)));
		}
	}

	private void as(String login, Runnable work) {
		DemoLogins.runAs(users, login, work);
	}
}
