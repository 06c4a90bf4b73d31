package io.renloop.payroll.web;

import io.renloop.payroll.internal.sickpay.SickPayPolicy;
import io.renloop.payroll.internal.sickpay.SickPayTiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's sick pay by years of service. */
@RestController
@Tag(name = "Payroll")
class SickPayApiController {

	private final SickPayPolicy policy;

	SickPayApiController(SickPayPolicy policy) {
		this.policy = policy;
	}

	@GetMapping("/api/v1/payroll/sick-pay")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "The share of the day rate paid on a sick day, by years of service", description = "`{\"tiers\":"
			+ "[{\"fromServiceYears\",\"share\"}]}`, each tier from its years until the next; 80 % for everyone "
			+ "unless the tenant saved its own. A sick day is paid at least 80 % of the region's minimum wage ÷ 21.75")
	SickPayTiers get() {
		return policy.current();
	}

	@PutMapping("/api/v1/payroll/sick-pay")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	@Operation(summary = "Replace the tenant's sick pay tiers", description = "One tier from 0 years, years 0 to 60 "
			+ "each once, shares 0 to 1 with at most 4 decimals; 400 naming each bad field (`tiers[1].share`), nothing "
			+ "saved then. Applies to runs calculated from now on. Audited")
	SickPayTiers save(@RequestBody SickPayTiers tiers) {
		return policy.save(tiers.tiers() == null ? List.of() : tiers.tiers());
	}
}
