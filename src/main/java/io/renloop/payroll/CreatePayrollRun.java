package io.renloop.payroll;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** Opens the run of a month for a pay group. */
public record CreatePayrollRun(@NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String period,
		@NotNull UUID payGroupId) {
}
