package io.renloop.integration.internal;

import io.renloop.integration.ImportJobView;
import io.renloop.integration.RowError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * Collects the problems of one import, translated into the language of the user who started it. A
 * column gets one problem per row: the first reason found is the one a person needs to fix.
 */
final class RowErrors {

	private final MessageSource messages;

	private final Locale locale;

	private final List<RowError> errors = new ArrayList<>();

	private final Set<Integer> rowsWithErrors = new HashSet<>();

	private final Set<String> reportedCells = new HashSet<>();

	RowErrors(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** A problem of the file as a whole. */
	void file(String messageKey, Object... arguments) {
		add(null, null, messageKey, arguments);
	}

	void add(Integer row, String column, String messageKey, Object... arguments) {
		addTranslated(row, column, messageKey, translate(messageKey, arguments));
	}

	void addTranslated(Integer row, String column, String code, String message) {
		if (column != null && !reportedCells.add(row + "|" + column)) {
			return;
		}
		if (row != null) {
			rowsWithErrors.add(row);
		}
		errors.add(new RowError(row, column, code, message));
	}

	String translate(String messageKey, Object... arguments) {
		return messages.getMessage(messageKey, arguments, messageKey, locale);
	}

	Locale locale() {
		return locale;
	}

	boolean any() {
		return !errors.isEmpty();
	}

	boolean inRow(int row) {
		return rowsWithErrors.contains(row);
	}

	int count() {
		return errors.size();
	}

	/** File problems first, then by row, at most {@link ImportJobView#MAX_ERRORS}. */
	List<RowError> firstErrors() {
		return errors.stream()
			.sorted(Comparator.comparing((RowError e) -> Objects.requireNonNullElse(e.row(), 0)))
			.limit(ImportJobView.MAX_ERRORS)
			.toList();
	}
}
