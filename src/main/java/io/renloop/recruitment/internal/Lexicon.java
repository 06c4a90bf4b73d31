package io.renloop.recruitment.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One curated word list of the module ({@code lexicon/NAME.txt}): an entry per line, synonyms separated by
 * {@code |} with the canonical form first, {@code #} starts a comment. Lookups are by normalised form (full-width
 * to ASCII, lower case).
 */
final class Lexicon {

	private final String name;

	private final Map<String, String> canonicalByForm;

	private Lexicon(String name, Map<String, String> canonicalByForm) {
		this.name = name;
		this.canonicalByForm = canonicalByForm;
	}

	static Lexicon load(String name) {
		String resource = "/io/renloop/recruitment/lexicon/" + name + ".txt";
		Map<String, String> forms = new LinkedHashMap<>();
		try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing lexicon " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int comment = line.indexOf('#');
				String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
				if (entry.isEmpty()) {
					continue;
				}
				String[] synonyms = entry.split("\\|");
				String canonical = synonyms[0].strip();
				for (String synonym : synonyms) {
					String form = normalise(synonym.strip());
					if (!form.isEmpty()) {
						forms.putIfAbsent(form, canonical);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Lexicon(name, Map.copyOf(forms));
	}

	static String normalise(String text) {
		return new String(TaggerFeatures.normaliseKeepDigits(text)).toLowerCase(Locale.ROOT);
	}

	String name() {
		return name;
	}

	/** Every normalised form, synonyms included. */
	List<String> forms() {
		return new ArrayList<>(canonicalByForm.keySet());
	}

	boolean contains(String text) {
		return canonicalByForm.containsKey(normalise(text));
	}

	/** The canonical form of a listed word, or null. */
	String canonical(String text) {
		return canonicalByForm.get(normalise(text));
	}
}
