package io.renloop.employee.web;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.EmployeeTimeline;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.ListExports;
import io.renloop.platform.ListTable;
import io.renloop.platform.ListTables;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantTime;
import io.renloop.shared.PageView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employee list (search, filter, order, columns and paging via htmx, all in the URL; export of what it shows)
 * and the employee record with its timeline.
 */
@Controller
@PreAuthorize("hasAuthority('EMPLOYEE_READ')")
class EmployeePageController {

	private static final int PAGE_SIZE = 20;

	private static final int EXPORT_PAGE = 500;

	/** The list's columns in order, each with its value; the head's message key is {@code employee.<column>}. */
	private static final Map<String, Function<EmployeeSummary, Object>> COLUMNS = columns();

	private static final Set<String> SORTABLE = Set.of("no", "name", "status", "hireDate");

	private final Employees employees;

	private final EmployeeTimeline timeline;

	private final Organization organization;

	private final TenantTime tenantTime;

	private final ListTables tables;

	private final ListExports exports;

	EmployeePageController(Employees employees, EmployeeTimeline timeline, Organization organization,
			TenantTime tenantTime, ListTables tables, ListExports exports) {
		this.employees = employees;
		this.tenantTime = tenantTime;
		this.tables = tables;
		this.exports = exports;
		this.timeline = timeline;
		this.organization = organization;
	}

	@GetMapping("/employees")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID departmentId,
			@RequestParam(required = false) EmployeeStatus status, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		String query = q == null ? null : q.strip();
		ListTable table = table(query, departmentId, status, sort);
		model.addAttribute("table", table);
		model.addAttribute("result", employees.search(new EmployeeQuery(query, departmentId, status,
				Math.max(0, page), PAGE_SIZE, null, false, table.sort())));
		model.addAttribute("q", query);
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("status", status);
		if (ListTable.rowsOnly(request)) {
			return "employee/list :: results";
		}
		model.addAttribute("departments", organization.departments());
		model.addAttribute("statuses", EmployeeStatus.values());
		return "employee/list";
	}

	@GetMapping("/employees/export")
	@PreAuthorize("hasAuthority('EMPLOYEE_READ') and hasAuthority('DATA_EXPORT')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
			@RequestParam(required = false) UUID departmentId, @RequestParam(required = false) EmployeeStatus status,
			@RequestParam(required = false) String sort) {
		String query = q == null ? null : q.strip();
		ListTable table = table(query, departmentId, status, sort);
		List<String> shown = table.columns().stream().filter(table::shows).toList();
		List<List<String>> rows = new ArrayList<>();
		PageView<EmployeeSummary> found;
		int page = 0;
		do {
			found = employees.search(new EmployeeQuery(query, departmentId, status, page++, EXPORT_PAGE, null, false,
					table.sort()));
			found.content()
				.forEach(e -> rows.add(shown.stream()
					.map(column -> Objects.toString(COLUMNS.get(column).apply(e), ""))
					.toList()));
		}
		while (found.content().size() == EXPORT_PAGE && rows.size() < ListExports.MAX_ROWS);
		return exports.csv("employees", "Employee", shown.stream().map(column -> "employee." + column).toList(),
				rows);
	}

	private ListTable table(String q, UUID departmentId, EmployeeStatus status, String sort) {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("q", q);
		filters.put("departmentId", departmentId == null ? null : departmentId.toString());
		filters.put("status", status == null ? null : status.name());
		return tables.table("employees", "/employees", List.copyOf(COLUMNS.keySet()), SORTABLE, sort, filters);
	}

	private static Map<String, Function<EmployeeSummary, Object>> columns() {
		Map<String, Function<EmployeeSummary, Object>> columns = new LinkedHashMap<>();
		columns.put("no", EmployeeSummary::employeeNo);
		columns.put("name", EmployeeSummary::name);
		columns.put("department", EmployeeSummary::departmentName);
		columns.put("position", EmployeeSummary::positionName);
		columns.put("status", EmployeeSummary::status);
		columns.put("hireDate", EmployeeSummary::hireDate);
		return columns;
	}

	@GetMapping("/employees/{id}")
	String detail(@PathVariable UUID id, Model model) {
		EmployeeDetails employee = employees.get(id);
		model.addAttribute("employee", employee);
		model.addAttribute("timeline", timeline.timeline(id));
		model.addAttribute("today", tenantTime.today());
		model.addAttribute("canReveal", CurrentUser.require().can(Permission.EMPLOYEE_PII_REVEAL));
		return "employee/detail";
	}

	@PostMapping("/employees/{id}/personal-data")
	@PreAuthorize("hasAuthority('EMPLOYEE_PII_REVEAL')")
	String reveal(@PathVariable UUID id, Model model) {
		model.addAttribute("personalData", employees.revealPersonalData(id));
		return "employee/detail :: personalData";
	}
}
