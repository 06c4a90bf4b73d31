package io.renloop.payroll;

import io.renloop.platform.AmountLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A version of a position's pay band from a day on (the position is in the path); monthly base in CNY, minimum ≤
 * midpoint ≤ maximum.
 */
public record SavePayBand(@NotNull LocalDate effectiveFrom,
		@NotNull @DecimalMin("0.01") @DecimalMax(AmountLimits.MAX_MONTHLY_PAY) @Digits(integer = 12,
				fraction = 2) BigDecimal minimum,
		@NotNull @DecimalMin("0.01") @DecimalMax(AmountLimits.MAX_MONTHLY_PAY) @Digits(integer = 12,
				fraction = 2) BigDecimal midpoint,
		@NotNull @DecimalMin("0.01") @DecimalMax(AmountLimits.MAX_MONTHLY_PAY) @Digits(integer = 12,
				fraction = 2) BigDecimal maximum) {
}
