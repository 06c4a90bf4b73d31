package io.renloop.integration.internal;

import java.util.Locale;

/**
 * A column of an import file, known by an English and a Chinese header name.
 *
 * @param key the English header name, also the key the importers use
 * @param chinese the Chinese header name
 * @param required whether every row needs a value
 */
record ImportColumn(String key, String chinese, boolean required) {

	static ImportColumn required(String key, String chinese) {
		return new ImportColumn(key, chinese, true);
	}

	static ImportColumn optional(String key, String chinese) {
		return new ImportColumn(key, chinese, false);
	}

	/** The header name in the given language. */
	String header(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? chinese : key;
	}

	boolean matches(String header) {
		String normalized = normalize(header);
		return normalized.equals(normalize(key)) || normalized.equals(normalize(chinese));
	}

	/** Tolerates case, blanks, underscores, hyphens and a trailing required marker: "Employee No *" is employeeNo. */
	static String normalize(String header) {
		String text = header == null ? "" : header.replace("\uFEFF", "").strip();
		if (text.endsWith("*")) {
			text = text.substring(0, text.length() - 1);
		}
		return text.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
	}
}
