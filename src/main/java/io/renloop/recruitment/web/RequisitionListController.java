package io.renloop.recruitment.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.ListExports;
import io.renloop.platform.ListTable;
import io.renloop.platform.NotFoundException;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.shared.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the requisition list does with many rows at once: the export of the list as shown, and holding or closing
 * the selected requisitions (each one as {@link Requisitions#hold(UUID)} or {@link Requisitions#close(UUID)} would,
 * those that may not move are counted as skipped).
 */
@Controller
@RequestMapping("/recruitment/requisitions")
class RequisitionListController {

	private static final int EXPORT_PAGE = 500;

	/** The most rows one bulk action moves. */
	private static final int MAX_PICKED = 200;

	private final Requisitions requisitions;

	private final Applications applications;

	private final RequisitionTable table;

	private final ListExports exports;

	private final PageMessages messages;

	RequisitionListController(Requisitions requisitions, Applications applications, RequisitionTable table,
			ListExports exports, PageMessages messages) {
		this.requisitions = requisitions;
		this.applications = applications;
		this.table = table;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) RequisitionStatus status,
			@RequestParam(required = false) String sort) {
		ListTable shown = table.of(status, sort);
		List<String> columns = shown.columns().stream().filter(shown::shows).toList();
		List<List<String>> rows = new ArrayList<>();
		PageView<RequisitionView> found;
		int page = 0;
		do {
			found = requisitions.list(status, page++, EXPORT_PAGE, shown.sort());
			Map<UUID, Long> counts = applications.countByRequisition(
					found.content().stream().map(RequisitionView::id).collect(Collectors.toSet()));
			for (RequisitionView r : found.content()) {
				rows.add(columns.stream().map(column -> Objects.toString(value(r, column, counts), "")).toList());
			}
		}
		while (found.content().size() == EXPORT_PAGE && rows.size() < ListExports.MAX_ROWS);
		return exports.csv("requisitions", "Requisition",
				columns.stream().map(column -> "recruitment.requisition." + column).toList(), rows);
	}

	@PostMapping("/bulk")
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	String bulk(@RequestParam String action, @RequestParam(defaultValue = "") List<UUID> ids,
			@RequestParam(defaultValue = "/recruitment/requisitions") String back, RedirectAttributes redirect) {
		if (!action.equals("hold") && !action.equals("close")) {
			throw new NotFoundException("BulkAction", action);
		}
		int done = 0;
		int skipped = 0;
		for (UUID id : ids.stream().distinct().limit(MAX_PICKED).toList()) {
			try {
				if (action.equals("hold")) {
					requisitions.hold(id);
				}
				else {
					requisitions.close(id);
				}
				done++;
			}
			catch (BusinessRuleException | NotFoundException ex) {
				skipped++;
			}
		}
		redirect.addFlashAttribute("notice", messages.text("recruitment.requisitions.bulkDone", done, skipped));
		return "redirect:" + (back.startsWith("/recruitment/requisitions") ? back : "/recruitment/requisitions");
	}

	private static Object value(RequisitionView r, String column, Map<UUID, Long> counts) {
		return switch (column) {
			case "title" -> r.title();
			case "position" -> r.positionName();
			case "department" -> r.departmentName();
			case "headcount" -> r.headcount();
			case "applications" -> counts.getOrDefault(r.id(), 0L);
			case "status" -> r.status();
			case "createdAt" -> r.createdAt();
			default -> "";
		};
	}
}
