package io.renloop.recruitment.internal;

import java.util.Locale;

/**
 * Canonical forms of phone numbers and e-mail addresses, so that the same contact written differently
 * ({@code +86 138-0013-8000}, {@code 13800138000}) is found by equality.
 */
final class ContactNormalization {

	private ContactNormalization() {
	}

	/** Digits only, without the Chinese country code before a mobile number; null when nothing is left. */
	static String phone(String raw) {
		if (raw == null) {
			return null;
		}
		String digits = raw.replaceAll("[^0-9]", "");
		if (digits.length() == 13 && digits.startsWith("86") && digits.charAt(2) == '1') {
			digits = digits.substring(2);
		}
		else if (digits.length() == 15 && digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		return digits.length() < 5 ? null : digits;
	}

	/** Trimmed and lower-cased; null when blank. */
	static String email(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return raw.strip().toLowerCase(Locale.ROOT);
	}
}
