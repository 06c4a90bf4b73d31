package io.renloop.payroll;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Creates or changes a pay group (its code is in the path).
 *
 * @param bankTemplate the layout of the bank file ({@code GENERIC}, {@code ICBC}, {@code CCB}); null keeps the
 * group's, {@code GENERIC} for a new group
 */
public record SavePayGroup(@NotBlank @Size(max = 100) String name,
		@NotBlank @Pattern(regexp = "[A-Z0-9_]{1,20}") String regionCode, UUID calendarId,
		@Pattern(regexp = "GENERIC|ICBC|CCB") String bankTemplate) {

	/** A group whose bank file has the generic layout. */
	public SavePayGroup(String name, String regionCode, UUID calendarId) {
		this(name, regionCode, calendarId, null);
	}
}
