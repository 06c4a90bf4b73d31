package io.renloop.leave.web;

import io.renloop.leave.LeaveRequestView;
import io.renloop.leave.LeaveRequests;
import io.renloop.leave.LeaveStatus;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.ListExports;
import io.renloop.platform.ListTable;
import io.renloop.platform.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the leave request list does with many rows: the export of the list as shown, and cancelling the selected
 * requests, each as {@link LeaveRequests#cancel(UUID)} would (those it refuses are counted as skipped).
 */
@Controller
class LeaveRequestListController {

	/** The most requests one bulk cancel handles. */
	private static final int MAX_PICKED = 200;

	private final LeaveRequests requests;

	private final LeaveRequestTable table;

	private final ListExports exports;

	private final MessageSource messages;

	LeaveRequestListController(LeaveRequests requests, LeaveRequestTable table, ListExports exports,
			MessageSource messages) {
		this.requests = requests;
		this.table = table;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/leave/export")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) LeaveStatus status,
			@RequestParam(required = false) String sort) {
		ListTable shown = table.of(status, sort);
		List<String> columns = shown.columns().stream().filter(shown::shows).toList();
		List<List<String>> rows = LeaveRequestTable.sorted(requests.list(null, status), shown.sort())
			.stream()
			.map(r -> columns.stream()
				.map(column -> Objects.toString(LeaveRequestTable.column(column).apply(r), ""))
				.toList())
			.toList();
		return exports.csv("leave-requests", "LeaveRequest",
				columns.stream().map(column -> "leave.col." + column).toList(), rows);
	}

	@PostMapping("/leave/requests/bulk-cancel")
	@PreAuthorize("hasAuthority('LEAVE_WRITE')")
	String cancel(@RequestParam(defaultValue = "") List<UUID> ids, @RequestParam(defaultValue = "/leave") String back,
			RedirectAttributes redirect) {
		int done = 0;
		int skipped = 0;
		for (UUID id : ids.stream().distinct().limit(MAX_PICKED).toList()) {
			try {
				requests.cancel(id);
				done++;
			}
			catch (BusinessRuleException | NotFoundException ex) {
				skipped++;
			}
		}
		redirect.addFlashAttribute("notice", messages.getMessage("leave.page.bulkCancelled",
				new Object[] { done, skipped }, LocaleContextHolder.getLocale()));
		return "redirect:" + (back.startsWith("/leave") ? back : "/leave");
	}
}
