package io.renloop.leave.web;

import io.renloop.leave.LeaveRequestView;
import io.renloop.leave.LeaveStatus;
import io.renloop.platform.ListTable;
import io.renloop.platform.ListTables;
import io.renloop.shared.PageView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The leave requests as a desk list table: columns (heads {@code leave.col.<column>}), the status filter, and the
 * order, applied to the requests the viewer may see (a list the leave module reads whole, within the data scope).
 */
@Component
class LeaveRequestTable {

	static final List<String> COLUMNS = List.of("employee", "type", "start", "end", "days", "status", "reason");

	static final int PAGE_SIZE = 50;

	private static final Map<String, Comparator<LeaveRequestView>> ORDERS = Map.of("employee",
			Comparator.comparing(LeaveRequestView::employeeName, Comparator.nullsLast(Comparator.naturalOrder())),
			"start", Comparator.comparing(LeaveRequestView::start), "days",
			Comparator.comparing(LeaveRequestView::days), "status", Comparator.comparing(LeaveRequestView::status));

	private final ListTables tables;

	LeaveRequestTable(ListTables tables) {
		this.tables = tables;
	}

	ListTable of(LeaveStatus status, String sort) {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("status", status == null ? null : status.name());
		return tables.table("leave-requests", "/leave", COLUMNS, ORDERS.keySet(), sort, filters);
	}

	/** The requests in the table's order (stable, so equal ones keep the module's order). */
	static List<LeaveRequestView> sorted(List<LeaveRequestView> requests, String sort) {
		if (sort.isEmpty()) {
			return requests;
		}
		boolean descending = sort.startsWith("-");
		Comparator<LeaveRequestView> order = ORDERS.get(descending ? sort.substring(1) : sort);
		return requests.stream().sorted(descending ? order.reversed() : order).toList();
	}

	static PageView<LeaveRequestView> page(List<LeaveRequestView> requests, int page) {
		int from = Math.min(requests.size(), Math.max(0, page) * PAGE_SIZE);
		return PageView.of(requests.subList(from, Math.min(requests.size(), from + PAGE_SIZE)), Math.max(0, page),
				PAGE_SIZE, requests.size());
	}

	/** The value of a column, for the export. */
	static Function<LeaveRequestView, Object> column(String column) {
		return switch (column) {
			case "employee" -> LeaveRequestView::employeeName;
			case "type" -> LeaveRequestView::type;
			case "start" -> LeaveRequestView::start;
			case "end" -> LeaveRequestView::end;
			case "days" -> LeaveRequestView::days;
			case "status" -> LeaveRequestView::status;
			default -> LeaveRequestView::reason;
		};
	}
}
