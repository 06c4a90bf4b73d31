package io.renloop.recruitment.web;

import io.renloop.organization.Organization;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.ListTable;
import io.renloop.platform.Permission;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.RequisitionCommands.CreateRequisition;
import io.renloop.recruitment.RequisitionCommands.OpenRequisition;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.shared.PageView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The requisition list (a desk list table) with its create form in a side panel, and the open, hold and close actions. A refused action (the
 * headcount plan, a missing reason) shows its reason on the page; those with HEADCOUNT_OVERRIDE may then open
 * beyond the plan with a reason.
 */
@Controller
@RequestMapping("/recruitment/requisitions")
@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
class RequisitionPageController {

	private static final int PAGE_SIZE = 20;

	private static final String WRITE = "hasAuthority('RECRUITMENT_WRITE')";

	private final Requisitions requisitions;

	private final Applications applications;

	private final Organization organization;

	private final RequisitionDetailPage detail;

	private final PageMessages messages;

	private final RequisitionTable table;

	RequisitionPageController(Requisitions requisitions, Applications applications, Organization organization,
			RequisitionDetailPage detail, PageMessages messages, RequisitionTable table) {
		this.table = table;
		this.requisitions = requisitions;
		this.applications = applications;
		this.organization = organization;
		this.detail = detail;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) RequisitionStatus status,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		ListTable table = this.table.of(status, sort);
		PageView<RequisitionView> result = requisitions.list(status, Math.max(0, page), PAGE_SIZE, table.sort());
		Set<UUID> ids = result.content().stream().map(RequisitionView::id).collect(Collectors.toSet());
		model.addAttribute("table", table);
		model.addAttribute("result", result);
		model.addAttribute("counts", applications.countByRequisition(ids));
		model.addAttribute("status", status);
		model.addAttribute("canWrite", CurrentUser.require().can(Permission.RECRUITMENT_WRITE));
		if (request != null && ListTable.rowsOnly(request)) {
			return "recruitment/requisitions :: results";
		}
		model.addAttribute("statuses", RequisitionStatus.values());
		model.addAttribute("positions", organization.positions());
		model.addAttribute("departments", organization.departments());
		return "recruitment/requisitions";
	}

	private String list(RequisitionStatus status, int page, Model model) {
		model.addAttribute("createOpen", true);
		return list(status, null, page, null, model);
	}

	@PostMapping
	@PreAuthorize(WRITE)
	String create(@RequestParam(required = false) UUID positionId, @RequestParam(required = false) UUID departmentId,
			@RequestParam(required = false) Integer headcount, @RequestParam(required = false) String title,
			Model model) {
		if (positionId == null || departmentId == null || headcount == null || headcount < 1 || headcount > 1000) {
			model.addAttribute("createError", messages.text("recruitment.page.createIncomplete"));
			return list(null, 0, model);
		}
		try {
			RequisitionView created = requisitions.create(new CreateRequisition(positionId, departmentId, headcount,
					title == null || title.isBlank() ? null : title.strip()));
			return "redirect:/recruitment/requisitions/" + created.id();
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("createError", messages.of(ex));
			return list(null, 0, model);
		}
	}

	@PostMapping("/{id}/open")
	@PreAuthorize(WRITE)
	String open(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean override,
			@RequestParam(required = false) String reason, Model model) {
		return act(id, model, () -> requisitions.open(id, new OpenRequisition(override, reason)));
	}

	@PostMapping("/{id}/hold")
	@PreAuthorize(WRITE)
	String hold(@PathVariable UUID id, Model model) {
		return act(id, model, () -> requisitions.hold(id));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(WRITE)
	String close(@PathVariable UUID id, Model model) {
		return act(id, model, () -> requisitions.close(id));
	}

	private String act(UUID id, Model model, Supplier<RequisitionView> action) {
		try {
			action.get();
			return "redirect:/recruitment/requisitions/" + id;
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("actionError", messages.of(ex));
			model.addAttribute("headcountExceeded", ex.messageKey().equals("recruitment.requisition.headcountExceeded"));
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("actionError", messages.of(ex));
			model.addAttribute("headcountExceeded", true);
		}
		return detail.render(id, null, model);
	}
}
