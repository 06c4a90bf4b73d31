package io.renloop.interview.internal.scoring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises text written as a bare list of terms rather than as statements: at least three short fragments
 * (a few content words each) with (almost) none of the particles, prepositions and pronouns that join words
 * into a statement of who does what. Naming a term shows the candidate knows the word, not that they would act on
 * it or can explain it; lists are legitimate only for knowledge questions.
 */
final class TermLists {

	/** Prose has particles, prepositions and pronouns; term lists have (almost) none. */
	static final double CHINESE_MAX_FUNCTION_SHARE = 0.06;

	static final double ENGLISH_MAX_FUNCTION_SHARE = 0.12;

	static final int MIN_ITEMS = 3;

	static final double MAX_WORDS_PER_ITEM = 3;

	private static final Pattern ITEM_BREAK = Pattern.compile("[\\s,，、;；/|。.·]+");

	private TermLists() {
	}

	static boolean isTermList(String text, boolean chinese, ContentWords words) {
		ContentWords.Words all = words.of(text, chinese);
		double maxFunction = chinese ? CHINESE_MAX_FUNCTION_SHARE : ENGLISH_MAX_FUNCTION_SHARE;
		if (all.content().isEmpty() || all.functionShare() >= maxFunction) {
			return false;
		}
		List<String> items = ITEM_BREAK.splitAsStream(text).filter(item -> !item.isBlank()).toList();
		if (items.size() < MIN_ITEMS) {
			return false;
		}
		double wordsPerItem = items.stream()
			.mapToInt(item -> words.of(item, chinese).content().size())
			.average()
			.orElse(0);
		return wordsPerItem <= MAX_WORDS_PER_ITEM;
	}

	/** Share of the sentences' characters that are in term lists. */
	static double share(List<String> sentences, boolean[] listed) {
		int all = 0;
		int inLists = 0;
		for (int i = 0; i < sentences.size(); i++) {
			all += sentences.get(i).length();
			inLists += listed[i] ? sentences.get(i).length() : 0;
		}
		return all == 0 ? 0 : (double) inLists / all;
	}
}
