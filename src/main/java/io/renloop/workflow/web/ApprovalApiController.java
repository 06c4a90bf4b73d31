package io.renloop.workflow.web;

import io.renloop.workflow.ApprovalInbox;
import io.renloop.workflow.ApprovalInbox.Delegation;
import io.renloop.workflow.ApprovalInbox.InboxTask;
import io.renloop.workflow.ApprovalOutcome;
import io.renloop.workflow.ApprovalStep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user's approvals: inbox, decisions, delegation while away, and the history of a subject. */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Approval inbox, decisions, delegation and history")
class ApprovalApiController {

	private final ApprovalInbox inbox;

	ApprovalApiController(ApprovalInbox inbox) {
		this.inbox = inbox;
	}

	/** A decision on one task. */
	record DecisionRequest(ApprovalOutcome outcome, String comment) {
	}

	@GetMapping("/inbox")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "My open approval tasks", description = "Assigned to me, offered to me as a candidate, or "
			+ "delegated to me; oldest first")
	List<InboxTask> inbox() {
		return inbox.inbox();
	}

	@PostMapping("/{taskId}/decision")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Decide a task", description = "outcome APPROVED, REJECTED or RETURNED. 404 unknown task, "
			+ "403 not yours, 409 already decided (also when two decisions race). Audited.")
	Map<String, String> decide(@PathVariable String taskId, @RequestBody DecisionRequest request) {
		inbox.decide(taskId, request.outcome(), request.comment());
		return Map.of("taskId", taskId, "outcome", request.outcome().name());
	}

	@GetMapping("/delegation")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "My delegation while away, or an empty body")
	Delegation delegation() {
		return inbox.delegation();
	}

	@PutMapping("/delegation")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Delegate my approvals", description = "Tasks arriving between from and to go to the "
			+ "delegate; open ones are handed over when the window includes today. Audited.")
	Delegation delegate(@RequestBody Delegation delegation) {
		return inbox.delegate(delegation);
	}

	@GetMapping("/history")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Every step of every approval of a subject", description = "For approval administrators "
			+ "and the approval's participants; 403 otherwise")
	List<ApprovalStep> history(@RequestParam String subjectType, @RequestParam UUID subjectId) {
		return inbox.history(subjectType, subjectId);
	}
}
