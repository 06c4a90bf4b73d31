package io.renloop.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as forms accept it: one {@code @}, a local part of common characters and a domain of at least
 * two labels, at most 254 characters in all. A practical check of the shape, not of RFC 5322's every corner (quoted
 * local parts and address literals are refused).
 */
public final class EmailAddress {

	private static final Pattern ADDRESS = Pattern.compile(
			"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
					+ "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

	private EmailAddress() {
	}

	/**
	 * @return the message key of the problem found, or empty when the address is valid
	 */
	public static Optional<String> problem(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of("validation.email.required");
		}
		String address = value.strip();
		if (address.length() > 254 || address.indexOf('@') > 64 || !ADDRESS.matcher(address).matches()) {
			return Optional.of("validation.email.format");
		}
		return Optional.empty();
	}

	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}
}
