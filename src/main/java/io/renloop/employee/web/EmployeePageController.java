package io.renloop.employee.web;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.EmployeeTimeline;
import io.renloop.employee.Employees;
import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantTime;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employee list (search, filter, paging via htmx) and the employee record with its timeline.
 */
@Controller
@PreAuthorize("hasAuthority('EMPLOYEE_READ')")
class EmployeePageController {

	private static final int PAGE_SIZE = 20;

	private final Employees employees;

	private final EmployeeTimeline timeline;

	private final Organization organization;

	private final TenantTime tenantTime;

	EmployeePageController(Employees employees, EmployeeTimeline timeline, Organization organization,
			TenantTime tenantTime) {
		this.employees = employees;
		this.tenantTime = tenantTime;
		this.timeline = timeline;
		this.organization = organization;
	}

	@GetMapping("/employees")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID departmentId,
			@RequestParam(required = false) EmployeeStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		String query = q == null ? null : q.strip();
		int safePage = Math.max(0, page);
		model.addAttribute("result", employees.search(new EmployeeQuery(query, departmentId, status, safePage, PAGE_SIZE, null, false)));
		model.addAttribute("q", query);
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("status", status);
		if (htmx != null) {
			return "employee/list :: results";
		}
		model.addAttribute("departments", organization.departments());
		model.addAttribute("statuses", EmployeeStatus.values());
		return "employee/list";
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
