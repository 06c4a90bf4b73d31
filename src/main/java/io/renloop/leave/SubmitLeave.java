package io.renloop.leave;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A leave request.
 *
 * @param employeeId whose leave; the caller's own when null
 * @param startHalf PM to start in the afternoon of the first day
 * @param endHalf AM to end at noon of the last day
 * @param hours leave by the hour on a single day, instead of halves
 */
public record SubmitLeave(UUID employeeId, @NotBlank @Size(max = 40) String type, @NotNull LocalDate start,
		@NotNull LocalDate end, Half startHalf, Half endHalf,
		@DecimalMin("0.5") @DecimalMax("24") @Digits(integer = 2, fraction = 1) BigDecimal hours,
		@Size(max = 500) String reason) {
}
