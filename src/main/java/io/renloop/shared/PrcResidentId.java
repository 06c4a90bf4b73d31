package io.renloop.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-character PRC resident identity number (GB 11643-1999): a region code, a birth date, a sequence
 * and an ISO 7064 MOD 11-2 check character.
 */
public final class PrcResidentId {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	private PrcResidentId() {
	}

	/**
	 * @return the message key of the first problem found, or empty when the number is valid
	 */
	public static Optional<String> problem(String value, LocalDate today) {
		if (value == null || !value.matches("\\d{17}[\\dXx]")) {
			return Optional.of("validation.prcId.format");
		}
		if (!PROVINCES.contains(value.substring(0, 2))) {
			return Optional.of("validation.prcId.region");
		}
		Optional<LocalDate> birthDate = birthDate(value);
		if (birthDate.isEmpty() || birthDate.get().isAfter(today) || birthDate.get().getYear() < 1900) {
			return Optional.of("validation.prcId.birthDate");
		}
		if (Character.toUpperCase(value.charAt(17)) != checkCharacter(value)) {
			return Optional.of("validation.prcId.checksum");
		}
		return Optional.empty();
	}

	public static boolean isValid(String value, LocalDate today) {
		return problem(value, today).isEmpty();
	}

	public static Optional<LocalDate> birthDate(String value) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14))));
		}
		catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	/** The check character for the first 17 digits of {@code value}. */
	public static char checkCharacter(String value) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}
}
