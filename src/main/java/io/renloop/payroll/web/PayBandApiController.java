package io.renloop.payroll.web;

import io.renloop.payroll.PayBandView;
import io.renloop.payroll.PayBands;
import io.renloop.payroll.SavePayBand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Pay bands per position. */
@RestController
@Tag(name = "Payroll", description = "Pay data, salary items, regions, income tax, payroll runs and payslips")
class PayBandApiController {

	private final PayBands bands;

	PayBandApiController(PayBands bands) {
		this.bands = bands;
	}

	@GetMapping("/api/v1/payroll/pay-bands")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "Every position's pay band versions", description = "Monthly base in CNY (minimum, "
			+ "midpoint, maximum) from a day on, by position code, newest version first")
	List<PayBandView> list() {
		return bands.list();
	}

	@PutMapping("/api/v1/payroll/pay-bands/{positionId}")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	@Operation(summary = "Save a position's pay band from a day on", description = "`{\"effectiveFrom\",\"minimum\","
			+ "\"midpoint\",\"maximum\"}`, monthly base in CNY with minimum ≤ midpoint ≤ maximum (400 naming the "
			+ "field otherwise); an unknown position is a 404; earlier versions stay, a version of the same day is "
			+ "replaced; audited. The attrition model compares each employee's base with the midpoint in force")
	PayBandView save(@PathVariable UUID positionId, @Valid @RequestBody SavePayBand command) {
		return bands.save(positionId, command);
	}
}
