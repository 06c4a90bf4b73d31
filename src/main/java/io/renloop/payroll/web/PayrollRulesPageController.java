package io.renloop.payroll.web;

import io.renloop.payroll.internal.items.SalaryItems;
import io.renloop.payroll.internal.region.Region;
import io.renloop.payroll.internal.region.RegionRules;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rules the runs apply, as payroll reads them: the tenant's salary items with their formulas in display order,
 * and every region's contributions in force today (changed through the API, where each change is a dated version).
 */
@Controller
class PayrollRulesPageController {

	private final SalaryItems items;

	private final RegionRules regions;

	private final TenantTime time;

	PayrollRulesPageController(SalaryItems items, RegionRules regions, TenantTime time) {
		this.items = items;
		this.regions = regions;
		this.time = time;
	}

	@GetMapping("/payroll/rules")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	String rules(Model model) {
		LocalDate today = time.today();
		model.addAttribute("items", items.effectiveOn(today));
		model.addAttribute("regions", regions.effectiveAll(TenantContext.require(), today)
			.values()
			.stream()
			.sorted(Comparator.comparing(Region::code))
			.toList());
		return "payroll/rules";
	}
}
