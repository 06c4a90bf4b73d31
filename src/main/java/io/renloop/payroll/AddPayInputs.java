package io.renloop.payroll;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One-off amounts for a month: bonuses, commissions, deductions, back pay. A positive amount is paid, a negative one
 * deducted; the code {@code BONUS} is the annual one-time bonus, taxed as each employee chose.
 */
public record AddPayInputs(@NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String period,
		@NotEmpty @Size(max = 20000) List<@Valid @NotNull Item> items) {

	/** One amount for one employee. */
	public record Item(@NotBlank @Size(max = 40) String employeeNo,
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code, @NotNull BigDecimal amount,
			@Size(max = 500) String note) {
	}
}
