package io.renloop.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number: 11 digits starting with 1 and a second digit from 3 to 9, optionally preceded by
 * the country code ({@code +86}, {@code 0086} or {@code 86}). Spaces and hyphens between digit groups are ignored.
 */
public final class MobilePhone {

	private static final Pattern MOBILE = Pattern.compile("(?:\\+86|0086|86)?(1[3-9]\\d{9})");

	private MobilePhone() {
	}

	/** The 11-digit national number, or empty when the value is not a mainland mobile number. */
	public static Optional<String> normalize(String value) {
		if (value == null) {
			return Optional.empty();
		}
		var matcher = MOBILE.matcher(value.strip().replaceAll("[\\s-]", ""));
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/**
	 * @return the message key of the problem found, or empty when the number is valid
	 */
	public static Optional<String> problem(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of("validation.phone.required");
		}
		return normalize(value).isPresent() ? Optional.empty() : Optional.of("validation.phone.format");
	}

	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}
}
