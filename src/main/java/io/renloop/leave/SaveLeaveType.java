package io.renloop.leave;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A tenant's change to a built-in leave type, or a type of its own (e.g. 探亲假 home leave). */
public record SaveLeaveType(@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn,
		@NotNull @Pattern(regexp = "DAY|HALF_DAY|HOUR") String unit, @NotNull Boolean paid, @NotNull Boolean hasBalance,
		@NotNull DayBasis dayBasis) {
}
