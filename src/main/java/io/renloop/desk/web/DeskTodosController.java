package io.renloop.desk.web;

import io.renloop.workflow.ApprovalInbox;
import io.renloop.workflow.ApprovalInbox.InboxTask;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's “my to-dos”: what waits for the signed-in user, loaded after the page (htmx) so that the home page
 * never waits for the modules it asks. Today the approvals waiting; each links to where it is done.
 */
@Controller
class DeskTodosController {

	/** Approvals listed by name; the rest are counted. */
	static final int LISTED = 5;

	private final ApprovalInbox inbox;

	DeskTodosController(ApprovalInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/desk/todos")
	@PreAuthorize("isAuthenticated()")
	String todos(Model model) {
		List<InboxTask> waiting = inbox.inbox();
		model.addAttribute("approvals", waiting.stream().limit(LISTED).toList());
		model.addAttribute("approvalCount", waiting.size());
		return "desk/todos :: todos";
	}
}
