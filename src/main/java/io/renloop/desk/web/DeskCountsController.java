package io.renloop.desk.web;

import io.renloop.workflow.ApprovalInbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The count of approvals waiting for the user on the top bar's bell, loaded after the page so that no page waits
 * for the inbox.
 */
@Controller
class DeskCountsController {

	private final ApprovalInbox inbox;

	DeskCountsController(ApprovalInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/desk/counts")
	@PreAuthorize("isAuthenticated()")
	String counts(Model model) {
		model.addAttribute("waiting", inbox.inbox().size());
		return "desk/counts :: badge";
	}
}
