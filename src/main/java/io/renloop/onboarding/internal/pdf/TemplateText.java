package io.renloop.onboarding.internal.pdf;

import io.renloop.platform.InvalidFieldsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Document templates as text: the built-in default read from the class path (first line the title, the rest the
 * body) and the body filled in ({@code {name}} placeholders) and cut into paragraphs at blank lines.
 */
public final class TemplateText {

	/** The languages every document template exists in. */
	public static final List<String> LANGUAGES = List.of("zh", "en");

	private TemplateText() {
	}

	/** @throws InvalidFieldsException on field {@code language} when there is no template in that language */
	public static void requireLanguage(String language) {
		if (!LANGUAGES.contains(language)) {
			throw InvalidFieldsException.of("language", "onboarding.template.language");
		}
	}

	/** A title and body. */
	public record Text(String title, String body) {
	}

	public static Text builtIn(String resource) {
		try (InputStream in = TemplateText.class.getResourceAsStream(resource)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
			int newline = text.indexOf('\n');
			return new Text(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<String> paragraphs(String body, Map<String, String> values) {
		String filled = body;
		for (Map.Entry<String, String> value : values.entrySet()) {
			filled = filled.replace("{" + value.getKey() + "}", value.getValue());
		}
		return List.of(filled.split("\n\n"));
	}
}
