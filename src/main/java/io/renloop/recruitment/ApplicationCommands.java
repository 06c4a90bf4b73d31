package io.renloop.recruitment;

import io.renloop.platform.AmountLimits;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Commands on candidates and applications.
 */
public final class ApplicationCommands {

	private ApplicationCommands() {
	}

	/**
	 * An application to a requisition. Contact details left out are taken from the parsed resume text.
	 * @param name the candidate's name
	 * @param phone a phone number, any format
	 * @param email an e-mail address
	 * @param text the resume as plain text, parsed and stored sealed
	 * @param channel where the application came from
	 * @param cost what the channel charged for it, or null
	 * @param consent whether the candidate agreed to the processing of their data; must be true
	 */
	public record Apply(@Size(max = 200) String name, @Size(max = 40) String phone, @Email @Size(max = 254) String email,
			@Size(max = 200_000) String text, @NotNull Channel channel, @PositiveOrZero @Digits(
					integer = AmountLimits.AMOUNT_DIGITS, fraction = AmountLimits.FRACTION_DIGITS) BigDecimal cost,
			boolean consent) {
	}

	/** Moving one application; a reason is required for REJECTED. */
	public record MoveApplication(@NotNull ApplicationStage to, @Size(max = 1000) String reason) {
	}

	/** Moving several applications at once: all of them, or none. */
	public record MoveApplications(@NotEmpty @Size(max = 200) List<@NotNull UUID> applicationIds,
			@NotNull ApplicationStage to, @Size(max = 1000) String reason) {
	}
}
