package io.renloop.offboarding.web;

import io.renloop.offboarding.EconomicCompensation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The severance calculator: pure arithmetic on the figures sent, nothing read or stored, so neither tenant data nor
 * an audit entry is involved; any login that may read offboarding cases may use it.
 */
@RestController
@Tag(name = "Offboarding", description = "Leaving cases, checklists, exit interviews, the final settlement")
class SeveranceApiController {

	private final ExplanationTexts texts;

	SeveranceApiController(ExplanationTexts texts) {
		this.texts = texts;
	}

	@PostMapping("/api/v1/offboarding/severance/preview")
	@PreAuthorize("hasAuthority('OFFBOARDING_READ')")
	@Operation(summary = "Economic compensation (art. 47) and pay in lieu of notice (N+1)", description = "Labour "
			+ "Contract Law art. 47: one month's wage per full year from `serviceStart` to `serviceEnd` (both "
			+ "included); a remainder of six months or more counts as a year, less as half a month. When "
			+ "`monthlyWage` exceeds three times `localAverageMonthlyWage`, the base is three times that average and "
			+ "`months` at most 12. `noticeInLieu` adds one month of the own wage (art. 40). Answers `months`, "
			+ "`base`, `amount` (compensation plus notice pay), `compensation`, `noticePay`, `capped` and the "
			+ "`explanation` in the caller's language; 400 with translated field errors for bad input.")
	SeverancePreview preview(@Valid @RequestBody SeverancePreviewRequest request) {
		ServiceDates.check(request.serviceStart(), request.serviceEnd());
		EconomicCompensation.Result result = EconomicCompensation.of(request.monthlyWage(), request.serviceStart(),
				request.serviceEnd(), request.localAverageMonthlyWage(), Boolean.TRUE.equals(request.noticeInLieu()));
		return new SeverancePreview(result.months(), result.base(), result.amount(), result.compensation(),
				result.noticePay(), result.capped(), texts.of(result.explanation()));
	}

	/**
	 * @param months months of wage counted (N)
	 * @param base monthly base of the compensation
	 * @param amount compensation plus pay in lieu of notice
	 */
	record SeverancePreview(BigDecimal months, BigDecimal base, BigDecimal amount, BigDecimal compensation,
			BigDecimal noticePay, boolean capped, List<String> explanation) {
	}
}
