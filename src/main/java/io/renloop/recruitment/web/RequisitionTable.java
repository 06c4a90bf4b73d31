package io.renloop.recruitment.web;

import io.renloop.platform.ListTable;
import io.renloop.platform.ListTables;
import io.renloop.recruitment.RequisitionStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The requisition list as a desk list table: its columns (heads {@code recruitment.requisition.<column>}), the ones
 * that order it, and its one filter, the status.
 */
@Component
class RequisitionTable {

	static final List<String> COLUMNS = List.of("title", "position", "department", "headcount", "applications",
			"status", "createdAt");

	private static final Set<String> SORTABLE = Set.of("title", "headcount", "status", "createdAt");

	private final ListTables tables;

	RequisitionTable(ListTables tables) {
		this.tables = tables;
	}

	ListTable of(RequisitionStatus status, String sort) {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("status", status == null ? null : status.name());
		return tables.table("requisitions", "/recruitment/requisitions", COLUMNS, SORTABLE, sort, filters);
	}
}
