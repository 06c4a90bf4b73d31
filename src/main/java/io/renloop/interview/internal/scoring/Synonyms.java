package io.renloop.interview.internal.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Groups of words that mean the same in interview answers (马上/立即/立刻, client/customer), read from
 * {@code synonyms.txt} next to this class: one group a line, the first word is the canonical one. English words
 * are listed stemmed.
 */
public final class Synonyms {

	private final Map<String, String> canonical;

	private Synonyms(Map<String, String> canonical) {
		this.canonical = Map.copyOf(canonical);
	}

	/** The groups shipped with the scorer. */
	public static Synonyms bundled() {
		Map<String, String> canonical = new HashMap<>();
		try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
				for (String word : words) {
					canonical.putIfAbsent(word, words[0]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Synonyms(canonical);
	}

	/** The canonical word of {@code word}'s group, or the word itself. */
	public String canonical(String word) {
		return canonical.getOrDefault(word, word);
	}
}
