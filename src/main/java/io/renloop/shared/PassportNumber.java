package io.renloop.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A passport number as printed in the machine-readable zone (ICAO 9303): 6 to 9 upper-case letters and digits.
 * A PRC ordinary passport (since 2012) is E or G followed by 8 characters, the first of them possibly a letter
 * (e.g. EA1234567); other countries' numbers only need the ICAO shape. Letters may be typed in lower case.
 */
public final class PassportNumber {

	private PassportNumber() {
	}

	/**
	 * @return the message key of the problem found, or empty when the number has a valid shape
	 */
	public static Optional<String> problem(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of("validation.passport.required");
		}
		String number = value.strip().toUpperCase(Locale.ROOT);
		if (!number.matches("[A-Z0-9]{6,9}")) {
			return Optional.of("validation.passport.format");
		}
		if (!number.matches(".*\\d.*")) {
			return Optional.of("validation.passport.format");
		}
		if (number.matches("[EG].*") && number.length() == 9 && !number.matches("[EG][A-Z0-9]\\d{7}")) {
			return Optional.of("validation.passport.prc");
		}
		return Optional.empty();
	}

	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}
}
