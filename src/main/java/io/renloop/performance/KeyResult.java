package io.renloop.performance;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A key result: how far from 0 towards the target it has come, and how confident the owner is of reaching it.
 *
 * @param confidence 0 (no chance) to 10 (certain)
 */
public record KeyResult(@NotBlank @Size(max = 300) String title,
		@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal target, @NotNull @DecimalMin("0") BigDecimal current,
		@Min(0) @Max(10) int confidence) {

	/** The share of the target reached, 0 to 100, with two decimals. */
	public BigDecimal progress() {
		return current.min(target).multiply(new BigDecimal("100")).divide(target, 2, RoundingMode.HALF_UP);
	}
}
