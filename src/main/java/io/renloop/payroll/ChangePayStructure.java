package io.renloop.payroll;

import io.renloop.platform.AmountLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A new version of an employee's pay structure from a day on; the versions before stay as history.
 *
 * @param bankAccount the salary account in full (stored encrypted), or null to keep the previous one
 */
public record ChangePayStructure(@NotNull LocalDate effectiveFrom,
		@NotBlank @Pattern(regexp = "[A-Z0-9_]{1,40}") String payGroupCode,
		@NotNull @DecimalMin("0") @DecimalMax(AmountLimits.MAX_MONTHLY_PAY) @Digits(integer = 12,
				fraction = 2) BigDecimal base,
		Map<@Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String, @NotNull @DecimalMin("0") @DecimalMax(
				AmountLimits.MAX_MONTHLY_PAY) @Digits(integer = 12, fraction = 2) BigDecimal> allowances,
		Map<@Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String, @NotNull @DecimalMin("0") @DecimalMax(
				AmountLimits.MAX_MONTHLY_PAY) @Digits(integer = 12, fraction = 2) BigDecimal> fixedDeductions,
		@Pattern(regexp = "[A-Z0-9_]{1,20}") String regionCode,
		@NotNull @DecimalMin("0.05") @DecimalMax("0.12") @Digits(integer = 1, fraction = 4) BigDecimal housingFundRate,
		@DecimalMin("0") @DecimalMax(AmountLimits.MAX_MONTHLY_PAY) @Digits(integer = 12,
				fraction = 2) BigDecimal socialInsuranceBase,
		@Size(max = 100) String bankName, @Pattern(regexp = "[0-9 ]{8,34}") String bankAccount,
		BonusTaxMethod bonusTaxMethod, @Size(max = 500) String reason) {
}
