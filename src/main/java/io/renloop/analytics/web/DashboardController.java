package io.renloop.analytics.web;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.Employees;
import io.renloop.organization.HeadcountLine;
import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final Employees employees;

	private final Organization organization;

	DashboardController(Employees employees, Organization organization) {
		this.employees = employees;
		this.organization = organization;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		CurrentUser me = CurrentUser.require();
		model.addAttribute("me", me);
		if (me.can(Permission.EMPLOYEE_READ)) {
			model.addAttribute("employeeCount", employees.search(new EmployeeQuery(null, null, null, 0, 1)).page().totalElements()
					- employees.search(new EmployeeQuery(null, null, EmployeeStatus.TERMINATED, 0, 1)).page().totalElements());
			model.addAttribute("probationCount",
					employees.search(new EmployeeQuery(null, null, EmployeeStatus.PROBATION, 0, 1)).page().totalElements());
		}
		if (me.can(Permission.ORG_READ)) {
			model.addAttribute("unitCount", organization.departments().size());
			model.addAttribute("openHeadcount",
					organization.headcountPlan().stream().mapToLong(HeadcountLine::open).sum());
		}
		model.addAttribute("mayReadDashboards", me.can(Permission.ANALYTICS_READ));
		model.addAttribute("mayReadValidity", me.can(Permission.RECRUITMENT_READ) && me.can(Permission.PERFORMANCE_READ)
				&& me.dataScope() == DataScope.TENANT);
		return "dashboard";
	}
}
