package io.renloop.recruitment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated lexicons of the module, loaded once. The tagger sees matches of schools, degrees, majors, titles
 * and certificates as features; the profile builder uses all of them to recognise fields.
 */
record Lexicons(Lexicon universities, Lexicon majors, Lexicon degrees, Lexicon titles, Lexicon certificates,
		Lexicon skills, Lexicon languages) {

	static Lexicons load() {
		return new Lexicons(Lexicon.load("universities"), Lexicon.load("majors"), Lexicon.load("degrees"),
				Lexicon.load("titles"), Lexicon.load("certificates"), Lexicon.load("skills"), Lexicon.load("languages"));
	}

	TaggerLexicon taggerLexicon() {
		List<Lexicon> featureLexicons = List.of(universities, degrees, majors, titles, certificates);
		Map<String, Integer> words = new HashMap<>();
		for (int c = 0; c < featureLexicons.size(); c++) {
			int bit = 1 << c;
			for (String form : featureLexicons.get(c).forms()) {
				if (!hasHan(form) || form.length() < 2) {
					continue;
				}
				String key = new String(TaggerFeatures.normalise(form));
				words.merge(key, bit, (a, b) -> a | b);
			}
		}
		return new TaggerLexicon(featureLexicons.stream().map(Lexicon::name).toList(), words);
	}

	private static boolean hasHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
