package io.renloop.shared;

/**
 * How personal data is shown to people without the permission to reveal it.
 */
public final class Masking {

	private Masking() {
	}

	/** {@code 110105199001010022} becomes {@code 110105********0022}. */
	public static String idNumber(String value) {
		if (value == null) {
			return null;
		}
		if (value.length() <= 10) {
			return "*".repeat(value.length());
		}
		return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
	}

	/** A bank account keeps its first four and last four digits. */
	public static String bankAccount(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.replace(" ", "");
		if (digits.length() <= 8) {
			return "*".repeat(digits.length());
		}
		return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
	}

	/** {@code zhang.wei@example.com} becomes {@code zh***@example.com}. */
	public static String email(String value) {
		if (value == null) {
			return null;
		}
		int at = value.lastIndexOf('@');
		String local = at < 0 ? value : value.substring(0, at);
		return local.substring(0, Math.min(2, local.length())) + "***" + (at < 0 ? "" : value.substring(at));
	}

	/** A phone number keeps its first three and last four characters: {@code 13812345678} becomes {@code 138****5678}. */
	public static String phone(String value) {
		if (value == null) {
			return null;
		}
		String compact = value.replaceAll("[\\s-]", "");
		if (compact.length() <= 7) {
			return "*".repeat(compact.length());
		}
		return compact.substring(0, 3) + "*".repeat(compact.length() - 7) + compact.substring(compact.length() - 4);
	}

	/** Dates of birth and addresses show nothing but that a value exists. */
	public static String hidden(Object value) {
		return value == null ? null : "******";
	}
}
