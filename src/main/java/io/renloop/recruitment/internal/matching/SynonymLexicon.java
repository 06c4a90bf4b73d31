package io.renloop.recruitment.internal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Groups of terms that name the same skill or certificate ({@code matching/synonyms.txt}: one group per line,
 * terms separated by {@code ~}). Comparison ignores case, width and spacing.
 */
public final class SynonymLexicon {

	private static final String RESOURCE = "/io/renloop/recruitment/matching/synonyms.txt";

	private final Map<String, Integer> groupByTerm;

	private SynonymLexicon(Map<String, Integer> groupByTerm) {
		this.groupByTerm = groupByTerm;
	}

	/** The lexicon shipped with the module. */
	public static SynonymLexicon standard() {
		try (InputStream in = SynonymLexicon.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			Map<String, Integer> groups = new HashMap<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int group = 0;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				group++;
				for (String term : line.split("~")) {
					groups.put(normalized(term), group);
				}
			}
			return new SynonymLexicon(Map.copyOf(groups));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether two terms are the same once normalised. */
	public static boolean sameTerm(String a, String b) {
		return normalized(a).equals(normalized(b));
	}

	/** Whether two different terms are listed as synonyms. */
	public boolean synonyms(String a, String b) {
		Integer groupA = groupByTerm.get(normalized(a));
		return groupA != null && groupA.equals(groupByTerm.get(normalized(b)));
	}

	static String normalized(String term) {
		return Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.·]", "");
	}
}
