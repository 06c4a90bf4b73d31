package io.renloop.payroll.web;

import io.renloop.payroll.internal.region.Region;
import io.renloop.payroll.internal.region.RegionAdministration;
import io.renloop.payroll.internal.region.RegionRules;
import io.renloop.payroll.internal.region.SaveRegion;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Social insurance and housing fund rules by region: the built-in official figures and the tenant's own versions. */
@RestController
@Tag(name = "Payroll")
class PayrollRegionApiController {

	private final RegionRules rules;

	private final RegionAdministration administration;

	private final TenantTime time;

	PayrollRegionApiController(RegionRules rules, RegionAdministration administration, TenantTime time) {
		this.rules = rules;
		this.administration = administration;
		this.time = time;
	}

	@GetMapping("/api/v1/payroll/regions")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "Every region's social insurance and housing fund rules in force", description = "On the "
			+ "date, today by default: the tenant's own version where it has one that started since the built-in one, "
			+ "else the built-in official figures; ordered by code")
	List<Region> list(@RequestParam(required = false) LocalDate on) {
		return List.copyOf(rules.effectiveAll(TenantContext.require(), day(on)).values());
	}

	@GetMapping("/api/v1/payroll/regions/{code}")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "One region's rules in force", description = "On the date, today by default: bases, rates, "
			+ "the employee's fixed amount and the rounding of each contribution; 404 when no version has started by "
			+ "then")
	Region get(@PathVariable String code, @RequestParam(required = false) LocalDate on) {
		return rules.effective(code, day(on)).orElseThrow(() -> new NotFoundException("PayrollRegion", code));
	}

	@PutMapping("/api/v1/payroll/regions/{code}")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	@Operation(summary = "Save the tenant's version of a region", description = "Adds the version starting on "
			+ "effectiveFrom, or replaces the tenant's version that starts that day; other versions stay. 400 naming "
			+ "each invalid field (rates 0 to 1 with at most 4 decimals, amounts with at most 2, floor not above "
			+ "ceiling, each kind once), nothing saved then. Optional `minimumWage` (the local monthly minimum wage: "
			+ "sick pay is at least 80 % of it) and `averageMonthlyWage` (last year's local average: the housing fund "
			+ "is tax-exempt up to 12 % of three times it). Audited")
	Region save(@PathVariable String code, @RequestBody SaveRegion version) {
		return administration.save(code, version);
	}

	private LocalDate day(LocalDate on) {
		return on == null ? time.today() : on;
	}
}
