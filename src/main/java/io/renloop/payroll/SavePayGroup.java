package io.renloop.payroll;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Creates or changes a pay group (its code is in the path). */
public record SavePayGroup(@NotBlank @Size(max = 100) String name,
		@NotBlank @Pattern(regexp = "[A-Z0-9_]{1,20}") String regionCode, UUID calendarId) {
}
