package io.renloop.integration.internal;

import io.renloop.platform.PrintableText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One data row of an import file: its values by column key, and where its problems go.
 */
final class ImportRow {

	private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	private final int number;

	private final Map<String, String> values;

	private final ColumnMapping columns;

	private final RowErrors errors;

	ImportRow(int number, Map<String, String> values, ColumnMapping columns, RowErrors errors) {
		this.number = number;
		this.values = values;
		this.columns = columns;
		this.errors = errors;
		// a cell with NUL would otherwise fail only when the database refuses the row, with no column named
		values.forEach((key, value) -> {
			if (PrintableText.hasControlCharacter(value)) {
				error(key, PrintableText.PROBLEM);
			}
		});
	}

	int number() {
		return number;
	}

	/** The trimmed value, or null when blank or when the file has no such column. */
	String value(String key) {
		String value = values.get(key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The value, or null after reporting that it is missing. */
	String required(String key) {
		String value = value(key);
		if (value == null) {
			error(key, "validation.required");
		}
		return value;
	}

	/** A date written {@code yyyy-MM-dd} (slashes and dots are tolerated), or null after reporting it. */
	LocalDate date(String key) {
		String value = value(key);
		if (value == null) {
			return null;
		}
		Matcher matcher = DATE.matcher(value);
		if (matcher.matches()) {
			try {
				return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)));
			}
			catch (DateTimeException ex) {
				// reported below
			}
		}
		error(key, "error.import.badDate", value);
		return null;
	}

	/** Reports a problem in one column of this row; a null key stands for the row as a whole. */
	void error(String key, String messageKey, Object... arguments) {
		errors.add(number, key == null ? null : columns.header(key), messageKey, arguments);
	}

	void translatedError(String key, String code, String message) {
		errors.addTranslated(number, key == null ? null : columns.header(key), code, message);
	}

	boolean hasErrors() {
		return errors.inRow(number);
	}

	String translate(String messageKey, Object... arguments) {
		return errors.translate(messageKey, arguments);
	}

	Locale locale() {
		return errors.locale();
	}
}
