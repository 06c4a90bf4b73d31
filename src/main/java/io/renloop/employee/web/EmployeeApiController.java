package io.renloop.employee.web;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.EmployeeTimeline;
import io.renloop.employee.Employees;
import io.renloop.employee.PersonalData;
import io.renloop.employee.TimelineEntry;
import io.renloop.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/employees")
@Tag(name = "Employees", description = "Employee records, personal data and lifecycle timeline")
class EmployeeApiController {

	private final Employees employees;

	private final EmployeeTimeline timeline;

	EmployeeApiController(Employees employees, EmployeeTimeline timeline) {
		this.employees = employees;
		this.timeline = timeline;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('EMPLOYEE_READ')")
	@Operation(summary = "Search employees", description = "In employee number order, narrowed to the caller's "
			+ "data scope; q matches number, name and e-mail; departmentId includes the units below it. Totals are "
			+ "exact up to 10,000; beyond that page.totalExact is false and page.totalElements a lower bound. To walk "
			+ "a long list, pass the employeeNo of the last row as after (keyset paging): every page then costs the "
			+ "same, however far into the list")
	PageView<EmployeeSummary> search(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) UUID departmentId, @RequestParam(required = false) EmployeeStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
			@RequestParam(required = false) @Size(max = 100) String after) {
		return employees.search(new EmployeeQuery(q, departmentId, status, page, size, after, false));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('EMPLOYEE_READ')")
	@Operation(summary = "One employee; personal data masked")
	EmployeeDetails get(@PathVariable UUID id) {
		return employees.get(id);
	}

	@GetMapping("/{id}/personal-data")
	@PreAuthorize("hasAuthority('EMPLOYEE_PII_REVEAL')")
	@Operation(summary = "Reveal personal data", description = "Needs EMPLOYEE_PII_REVEAL; every call is audited")
	PersonalData personalData(@PathVariable UUID id) {
		return employees.revealPersonalData(id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('EMPLOYEE_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an employee", description = "A blank employeeNo is assigned; an invalid PRC "
			+ "resident ID is a 400 with a field error")
	EmployeeDetails create(@Valid @RequestBody SaveEmployee command) {
		return employees.hire(command);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('EMPLOYEE_WRITE')")
	@Operation(summary = "Update an employee", description = "Personal-data fields left null or masked keep their "
			+ "value; status null or unchanged keeps it: another status is a 409 naming POST /{id}/lifecycle, the step "
			+ "that writes the timeline")
	EmployeeDetails update(@PathVariable UUID id, @Valid @RequestBody SaveEmployee command) {
		return employees.update(id, command);
	}

	@PostMapping("/{id}/lifecycle")
	@PreAuthorize("hasAuthority('EMPLOYEE_WRITE')")
	@Operation(summary = "Transfer, promote, leave, return, confirm or terminate", description = "Confirmation "
			+ "needs PROBATION, a leave PROBATION or ACTIVE, a return ON_LEAVE; a terminated employee takes no step "
			+ "(409). A pay change is saved in payroll, a rehire through onboarding (both 400)")
	EmployeeDetails changeLifecycle(@PathVariable UUID id, @Valid @RequestBody ChangeLifecycle command) {
		return employees.changeLifecycle(id, command);
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize("hasAuthority('EMPLOYEE_READ')")
	@Operation(summary = "The lifecycle timeline, newest first")
	List<TimelineEntry> timeline(@PathVariable UUID id) {
		return timeline.timeline(id);
	}
}
