package io.renloop.shared;

import java.util.Optional;

/**
 * A bank card number (ISO/IEC 7812): 12 to 19 digits whose last digit is the Luhn check digit. Spaces and
 * hyphens between digit groups are ignored.
 */
public final class BankCardNumber {

	private BankCardNumber() {
	}

	/** The digits of a card number as people write it, without spaces or hyphens. */
	public static String normalize(String value) {
		return value == null ? null : value.replaceAll("[\\s-]", "");
	}

	/**
	 * @return the message key of the problem found, or empty when the number is valid
	 */
	public static Optional<String> problem(String value) {
		String digits = normalize(value);
		if (digits == null || digits.isEmpty()) {
			return Optional.of("validation.bankCard.required");
		}
		if (!digits.matches("\\d{12,19}")) {
			return Optional.of("validation.bankCard.format");
		}
		if (!luhnValid(digits)) {
			return Optional.of("validation.bankCard.checksum");
		}
		return Optional.empty();
	}

	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}

	private static boolean luhnValid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}
}
