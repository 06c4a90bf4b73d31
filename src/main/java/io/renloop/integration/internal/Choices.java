package io.renloop.integration.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a fixed choice such as a status from a cell: the code ({@code ACTIVE}) or its label in English
 * or Chinese ({@code Active}, {@code 在职}), as the owning module's message bundle names it.
 */
@Component
class Choices {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	private final MessageSource messages;

	Choices(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param labelPrefix the message key prefix of the labels, e.g. {@code employee.status.}
	 * @return the choice, or null when blank or after reporting an unknown value
	 */
	<E extends Enum<E>> E read(ImportRow row, String key, Class<E> type, String labelPrefix) {
		String value = row.value(key);
		if (value == null) {
			return null;
		}
		for (E choice : type.getEnumConstants()) {
			if (choice.name().equalsIgnoreCase(value) || LANGUAGES.stream()
				.anyMatch(language -> value.equalsIgnoreCase(label(labelPrefix, choice, language)))) {
				return choice;
			}
		}
		String allowed = Arrays.stream(type.getEnumConstants())
			.map(choice -> choice.name() + " (" + label(labelPrefix, choice, row.locale()) + ")")
			.collect(Collectors.joining(", "));
		row.error(key, "error.import.badChoice", value, allowed);
		return null;
	}

	/** The label of a choice in the given language, as exports and templates show it. */
	String label(String labelPrefix, Enum<?> choice, Locale locale) {
		return messages.getMessage(labelPrefix + choice.name(), null, choice.name(), locale);
	}
}
