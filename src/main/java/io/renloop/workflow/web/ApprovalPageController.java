package io.renloop.workflow.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.workflow.ApprovalInbox;
import io.renloop.workflow.ApprovalOutcome;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The approver's page, made for a phone: open tasks with approve, reject and return, history, delegation. */
@Controller
class ApprovalPageController {

	private final ApprovalInbox inbox;

	private final MessageSource messages;

	ApprovalPageController(ApprovalInbox inbox, MessageSource messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping("/approvals")
	@PreAuthorize("isAuthenticated()")
	String page(@RequestParam(required = false) String subjectType, @RequestParam(required = false) UUID subjectId,
			Model model) {
		model.addAttribute("tasks", inbox.inbox());
		model.addAttribute("delegation", inbox.delegation());
		if (subjectType != null && subjectId != null) {
			model.addAttribute("history", inbox.history(subjectType, subjectId));
		}
		return "workflow/inbox";
	}

	@PostMapping("/approvals/{taskId}/decision")
	@PreAuthorize("isAuthenticated()")
	String decide(@PathVariable String taskId, @RequestParam ApprovalOutcome outcome,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			inbox.decide(taskId, outcome, comment);
			redirect.addFlashAttribute("notice", text("approvals.decided"));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey()));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", text("workflow.decision.alreadyDecided"));
		}
		return "redirect:/approvals";
	}

	@PostMapping("/approvals/delegation")
	@PreAuthorize("isAuthenticated()")
	String delegate(@RequestParam UUID delegateUserId, @RequestParam LocalDate from, @RequestParam LocalDate to,
			RedirectAttributes redirect) {
		try {
			inbox.delegate(new ApprovalInbox.Delegation(delegateUserId, from, to));
			redirect.addFlashAttribute("notice", text("approvals.save"));
		}
		catch (InvalidFieldsException ex) {
			redirect.addFlashAttribute("error", text(ex.problems().get(0).messageKey()));
		}
		return "redirect:/approvals";
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
