package io.renloop.recruitment.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One curated word list of the module ({@code lexicon/NAME.txt}): an entry per line, synonyms separated by
 * {@code |} with the canonical form first, {@code #} starts a comment. Lookups are by normalised form (full-width
 * to ASCII, lower case).
 */
final class Lexicon {

	private final String name;

	private final Map<String, String> canonicalByForm;

	private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

	private Lexicon(String name, Map<String, String> canonicalByForm) {
		this.name = name;
		this.canonicalByForm = canonicalByForm;
		TreeMap<String, String> sorted = new TreeMap<>();
		canonicalByForm.keySet().forEach(form -> sorted.put(form, form));
		if (!sorted.isEmpty()) {
			trie.build(sorted);
		}
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
		return new String(TaggerFeatures.normaliseKeepDigits(text));
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

	/**
	 * Matches of listed words in {@code text}, longest first at each place and without overlaps, in order.
	 * Latin words must stand between word boundaries, and Latin words of up to three letters must be written
	 * with a capital letter (so that "go" or "ms" inside English prose do not count).
	 */
	List<Match> find(String text) {
		List<Match> all = new ArrayList<>();
		if (canonicalByForm.isEmpty()) {
			return all;
		}
		String normalised = normalise(text);
		trie.parseText(normalised, (begin, end, form) -> {
			if (acceptable(text, begin, end)) {
				all.add(new Match(begin, end, text.substring(begin, end), canonicalByForm.get(form)));
			}
		});
		all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
				: Integer.compare(b.end(), a.end()));
		List<Match> kept = new ArrayList<>();
		int covered = 0;
		for (Match match : all) {
			if (match.start() >= covered) {
				kept.add(match);
				covered = match.end();
			}
			else if (!kept.isEmpty() && match.end() > kept.get(kept.size() - 1).end()
					&& kept.get(kept.size() - 1).start() == match.start()) {
				kept.set(kept.size() - 1, match);
				covered = match.end();
			}
		}
		return kept;
	}

	private static boolean acceptable(String text, int begin, int end) {
		boolean latinStart = isLatinOrDigit(text.charAt(begin));
		boolean latinEnd = isLatinOrDigit(text.charAt(end - 1));
		if (latinStart && begin > 0 && isLatinOrDigit(text.charAt(begin - 1))) {
			return false;
		}
		if (latinEnd && end < text.length() && isLatinOrDigit(text.charAt(end))) {
			return false;
		}
		String word = text.substring(begin, end);
		if (end - begin <= 3 && word.chars().allMatch(c -> isLatinOrDigit((char) c))) {
			return word.chars().anyMatch(Character::isUpperCase);
		}
		return true;
	}

	private static boolean isLatinOrDigit(char c) {
		return c < 0x250 && Character.isLetterOrDigit(c) || c >= '\uFF10' && c <= '\uFF5A' && Character.isLetterOrDigit(c);
	}

	/** A listed word found in a text: where, as written, and its canonical form. */
	record Match(int start, int end, String text, String canonical) {
	}

	/** The canonical form of a listed word, or null. */
	String canonical(String text) {
		return canonicalByForm.get(normalise(text));
	}
}
