package io.renloop.offboarding.web;

import io.renloop.platform.AmountLimits;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The figures of a severance preview: wages are yuan (at most two decimals, within a monthly pay's limits), the
 * service dates are the first and the last day of employment.
 */
record SeverancePreviewRequest(
		@NotNull @Positive @Digits(integer = AmountLimits.MONTHLY_PAY_DIGITS, fraction = AmountLimits.FRACTION_DIGITS,
				message = "{offboarding.severance.wage}") BigDecimal monthlyWage,
		@NotNull LocalDate serviceStart, @NotNull LocalDate serviceEnd,
		@NotNull @Positive @Digits(integer = AmountLimits.MONTHLY_PAY_DIGITS, fraction = AmountLimits.FRACTION_DIGITS,
				message = "{offboarding.severance.wage}") BigDecimal localAverageMonthlyWage,
		Boolean noticeInLieu) {
}
