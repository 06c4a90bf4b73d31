package io.renloop.payroll.web;

import io.renloop.payroll.internal.items.FormulaPreviews;
import io.renloop.payroll.internal.items.SalaryItems;
import io.renloop.payroll.internal.run.EmployeeMonth;
import io.renloop.platform.TenantTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's salary items and their formulas. */
@RestController
@Tag(name = "Payroll", description = "Salary items, pay structures, payroll runs and payslips")
class SalaryItemApiController {

	private final SalaryItems items;

	private final FormulaPreviews previews;

	private final TenantTime time;

	private final EmployeeMonth month;

	SalaryItemApiController(SalaryItems items, FormulaPreviews previews, TenantTime time, EmployeeMonth month) {
		this.month = month;
		this.items = items;
		this.previews = previews;
		this.time = time;
	}

	@GetMapping("/api/v1/payroll/items")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "The salary items in force on a day (default today), built-in ones included, in display order")
	List<SalaryItems.Item> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return items.effectiveOn(date != null ? date : time.today());
	}

	@PutMapping("/api/v1/payroll/items/{code}")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	@Operation(summary = "Save a new version of a salary item, effective from a day",
			description = "Older versions are kept. The formula may read built-in variables (base, allowances, "
					+ "workdays, absentDays, lateMinutes, unpaidLeaveDays, sickLeaveDays, overtimeWorkdayHours, "
					+ "overtimeRestDayHours, overtimeHolidayHours, dailyRate, hourlyRate, performanceFactor, bonus), other "
					+ "items' codes and upper-case input codes; functions min, max, round, math.abs. Refused with 400: "
					+ "syntax errors, anything outside the sandbox, unknown variables, cycles between items.")
	SalaryItems.Item save(@PathVariable String code, @Valid @RequestBody SalaryItems.SaveItem command) {
		return items.save(code, command);
	}

	@GetMapping("/api/v1/payroll/items/{code}/versions")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "Every version of a salary item, newest first")
	List<SalaryItems.Item> versions(@PathVariable String code) {
		return items.versions(code);
	}

	/** A formula tried on a real employee's month. */
	record EmployeePreviewRequest(@NotBlank String formula, @NotNull UUID employeeId,
			@NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String period) {
	}

	@PostMapping("/api/v1/payroll/items/preview-on-employee")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "Compute a formula on a real employee's month before saving it", description = "`{\"formula\","
			+ "\"employeeId\",\"period\":\"yyyy-MM\"}`: the values are the employee's structure in force at the "
			+ "month's end, the month's attendance figures and inputs, and the tenant's salary items in force; the answer "
			+ "is explained in the caller's language. 404 outside the caller's data scope, 409 without a pay structure")
	FormulaPreviews.Preview previewOnEmployee(@Valid @RequestBody EmployeePreviewRequest request) {
		return previews.preview(new FormulaPreviews.PreviewRequest(request.formula(),
				month.variables(request.employeeId(), YearMonth.parse(request.period()))));
	}

	@PostMapping("/api/v1/payroll/items/preview")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "Compute a formula with values typed in, explained in the caller's language")
	FormulaPreviews.Preview preview(@Valid @RequestBody FormulaPreviews.PreviewRequest request) {
		return previews.preview(request);
	}
}
