package io.renloop.performance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Moves one person to another grade in calibration; the reason is required and audited. */
public record CalibrationMove(@NotNull UUID reviewId, @NotBlank @Size(max = 4) String grade,
		@NotBlank @Size(max = 1000) String reason) {
}
