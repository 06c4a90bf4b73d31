package io.renloop.interview.internal.scoring;

import io.renloop.interview.AnswerFlag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises answers written to game the scorer rather than to answer: the question copied back, a list of
 * rubric terms without sentences, the same sentences repeated. Each test is a plain threshold on a property
 * of the text, so a flag can be explained to the candidate.
 */
final class GamingSignals {

	/** An answer whose content words are at least this share new (not in the question) is not a copy. */
	static final double MIN_NOVEL_SHARE = 0.3;

	/** Share of an answer's content words that are rubric terms from which a list counts as stuffed. */
	static final double STUFFING_TERM_DENSITY = 0.4;

	/** Share of an answer's sentences (by length) in term lists from which it counts as a list. */
	static final double STUFFED_LIST_SHARE = 1.0 / 3;

	static final double REPEATED_SENTENCE_SHARE = 0.3;

	static final double MIN_DISTINCT_WORD_SHARE = 0.3;

	private GamingSignals() {
	}

	/** Whether the answer's content words are mostly the question's. */
	static boolean copiesQuestion(ContentWords.Words answer, Set<String> question) {
		Set<String> distinct = answer.distinct();
		if (distinct.isEmpty()) {
			return false;
		}
		long novel = distinct.stream().filter(word -> !question.contains(word)).count();
		return (double) novel / distinct.size() < MIN_NOVEL_SHARE;
	}

	/**
	 * Whether the answer is stuffed with the rubric's terms: mostly the rubric's terms, and written as a term list —
	 * the whole answer, or a third or more of its sentences (by length).
	 */
	static boolean stuffsKeywords(String text, ContentWords.Words answer, Set<String> rubricTerms,
			double termListShare, boolean chinese, ContentWords words) {
		if (answer.content().size() < 4) {
			return false;
		}
		long terms = answer.content().stream().filter(rubricTerms::contains).count();
		if ((double) terms / answer.content().size() < STUFFING_TERM_DENSITY) {
			return false;
		}
		return termListShare >= STUFFED_LIST_SHARE || TermLists.isTermList(text, chinese, words);
	}

	/** Whether many sentences repeat earlier ones, or the answer keeps using the same few words. */
	static boolean repeats(List<AnswerUnit> units, ContentWords.Words answer) {
		int repeated = 0;
		List<Set<String>> seen = new ArrayList<>();
		for (AnswerUnit unit : units) {
			boolean repeat = unit.content().isEmpty() ? false
					: seen.stream().anyMatch(earlier -> KeyPointSuggester.jaccard(earlier, unit.content()) >= 0.8);
			repeated += repeat ? 1 : 0;
			seen.add(unit.content());
		}
		if (units.size() >= 4 && (double) repeated / units.size() >= REPEATED_SENTENCE_SHARE) {
			return true;
		}
		int total = answer.content().size();
		return total >= 40 && (double) new HashSet<>(answer.content()).size() / total < MIN_DISTINCT_WORD_SHARE;
	}

	/** The flags that cap a score, most severe first. */
	static List<AnswerFlag> ordered(Set<AnswerFlag> flags) {
		return flags.stream().sorted().toList();
	}
}
