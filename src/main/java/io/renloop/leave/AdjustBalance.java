package io.renloop.leave;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * HR's correction of a balance (e.g. compensatory days for weekend work, a migration from the old system); the
 * reason is kept with the adjustment and in the audit trail.
 *
 * @param days added (positive) or removed (negative), in half days
 * @param year the balance year, the current one when null
 */
public record AdjustBalance(@NotNull UUID employeeId, @NotBlank @Size(max = 40) String type,
		@NotNull @DecimalMin("-365") @DecimalMax("365") @Digits(integer = 3, fraction = 1) BigDecimal days,
		Integer year, @NotBlank @Size(max = 500) String reason) {
}
