package io.renloop.platform.internal;

import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B: at least 12 characters; at most 72 bytes in UTF-8, all that
 * BCrypt reads; not a common password or a simple variant of one (any case, digits or symbols before or after it,
 * look-alikes such as {@code @} for {@code a}); not a run such as {@code aaaa…}, {@code abab…} or {@code 1234…};
 * and without the user's own name or the name part of their e-mail address. No rules on character classes: NIST
 * advises against them.
 */
final class PasswordPolicy {

	static final int MIN_CHARACTERS = 12;

	/** BCrypt ignores every byte after the 72nd. */
	static final int MAX_BYTES = 72;

	private final CommonPasswords common;

	PasswordPolicy(CommonPasswords common) {
		this.common = common;
	}

	/**
	 * The first rule the password breaks, as a problem of the given request field.
	 *
	 * @param displayName the user's name, may be null
	 * @param email the user's login, may be null
	 */
	Optional<FieldProblem> problem(String field, String password, String displayName, String email) {
		String candidate = password == null ? "" : password;
		if (candidate.codePointCount(0, candidate.length()) < MIN_CHARACTERS) {
			return Optional.of(new FieldProblem(field, "error.password.tooShort", MIN_CHARACTERS));
		}
		if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(new FieldProblem(field, "error.password.tooLong", MAX_BYTES));
		}
		Set<String> variants = variants(candidate.toLowerCase(Locale.ROOT));
		if (variants.stream().anyMatch(PasswordPolicy::isRun)) {
			return Optional.of(new FieldProblem(field, "error.password.run"));
		}
		if (personalWords(displayName, email).stream().anyMatch(word -> variants.stream().anyMatch(v -> v.contains(word)))) {
			return Optional.of(new FieldProblem(field, "error.password.personal"));
		}
		if (variants.stream().anyMatch(common::contains)) {
			return Optional.of(new FieldProblem(field, "error.password.common"));
		}
		return Optional.empty();
	}

	/** The password and what is left without digits and symbols at its ends, each also with look-alikes undone. */
	static Set<String> variants(String lowerCase) {
		Set<String> variants = new LinkedHashSet<>();
		for (String variant : List.of(lowerCase, trim(lowerCase, true), trim(lowerCase, false))) {
			variants.add(variant);
			variants.add(undoLookAlikes(variant));
			variants.add(trim(undoLookAlikes(variant), true));
		}
		variants.remove("");
		return variants;
	}

	/** Cuts everything but letters (or, with {@code lettersOnly} false, letters and digits) off both ends. */
	private static String trim(String text, boolean lettersOnly) {
		int start = 0;
		int end = text.length();
		while (start < end && !kept(text.charAt(start), lettersOnly)) {
			start++;
		}
		while (end > start && !kept(text.charAt(end - 1), lettersOnly)) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean kept(char c, boolean lettersOnly) {
		return Character.isLetter(c) || !lettersOnly && Character.isDigit(c);
	}

	private static String undoLookAlikes(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			plain.append(switch (c) {
				case '@', '4' -> 'a';
				case '3' -> 'e';
				case '1' -> 'i';
				case '0' -> 'o';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return plain.toString();
	}

	/** A short unit repeated ({@code aaaa}, {@code abab}, {@code 123123}) or a straight run ({@code abcd}, {@code 4321}). */
	static boolean isRun(String text) {
		int[] cps = text.codePoints().toArray();
		if (cps.length < 4) {
			return false;
		}
		for (int period = 1; period <= 4 && period * 2 <= cps.length; period++) {
			if (repeats(cps, period)) {
				return true;
			}
		}
		return steps(cps, 1) || steps(cps, -1);
	}

	private static boolean repeats(int[] cps, int period) {
		for (int i = period; i < cps.length; i++) {
			if (cps[i] != cps[i - period]) {
				return false;
			}
		}
		return true;
	}

	private static boolean steps(int[] cps, int step) {
		for (int i = 1; i < cps.length; i++) {
			boolean wraps = step == 1 ? cps[i - 1] == '9' && cps[i] == '0' : cps[i - 1] == '0' && cps[i] == '9';
			if (cps[i] - cps[i - 1] != step && !wraps) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The parts of the user's name and of the name part of their e-mail address that a password must not contain:
	 * parts of three or more characters, or two or more Chinese characters.
	 */
	static List<String> personalWords(String displayName, String email) {
		List<String> sources = new ArrayList<>();
		if (displayName != null) {
			String name = localPart(displayName); // a login created with its e-mail as name (bootstrap): not the domain
			sources.add(name);
			sources.add(name.replaceAll("\\s+", ""));
		}
		if (email != null) {
			sources.add(localPart(email));
		}
		List<String> words = new ArrayList<>();
		for (String source : sources) {
			String lower = source.toLowerCase(Locale.ROOT);
			words.add(lower);
			words.addAll(List.of(lower.split("[^\\p{L}\\p{N}]+")));
		}
		return words.stream().filter(PasswordPolicy::longEnough).distinct().toList();
	}

	private static String localPart(String address) {
		int at = address.indexOf('@');
		return at < 0 ? address : address.substring(0, at);
	}

	private static boolean longEnough(String word) {
		boolean chinese = word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
		return word.codePointCount(0, word.length()) >= (chinese ? 2 : 3);
	}
}
