package io.renloop.payroll;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Declares (or changes, or with 0 withdraws) one special additional deduction for a tax year.
 *
 * @param evidence what a tax office asks for: the child's name and school, the loan contract number, the landlord
 * and lease, the parent's name and the sharing agreement
 */
public record DeclareDeduction(@NotNull DeductionKind kind,
		@NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal monthlyAmount,
		@NotBlank @Size(max = 500) String evidence) {
}
