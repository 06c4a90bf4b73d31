package io.renloop.interview.internal.scoring;

import io.renloop.platform.SentenceEmbeddings;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How strongly a sentence of an answer covers a rubric text: its meaning (cosine of the bge vectors, rescaled
 * from the model's range for unrelated and for paraphrased texts to 0–1) combined with lexical evidence (share
 * of the rubric text's content words, or for Chinese of its character pairs, that the sentence contains), weighted
 * 0.6 and 0.4: within one subject every sentence is close in meaning to every key point, and the words tell
 * "订单准备" from its sibling "订单录入"; without shared words a paraphrase still reaches the covered threshold.
 */
final class Evidence {

	/** Cosines at or below this are unrelated, at or above {@link #CHINESE_SAME} paraphrases (bge-small-zh). */
	static final double CHINESE_UNRELATED = 0.45;

	static final double CHINESE_SAME = 0.70;

	/** The same for bge-small-en, whose cosines run higher for unrelated texts. */
	static final double ENGLISH_UNRELATED = 0.47;

	static final double ENGLISH_SAME = 0.67;

	static final double SEMANTIC_SHARE = 0.6;

	/** The strongest a term named in a list can be: a quarter of a key point's credit, below covered. */
	static final double LISTED_CEILING = 0.35;

	private Evidence() {
	}

	/** The best sentence for a rubric text and how strongly it covers it; sentences copied from the question do not count. */
	static Match best(AnalysedRubric.AnalysedText target, List<AnswerUnit> units, boolean chinese) {
		Match best = new Match(null, 0);
		for (AnswerUnit unit : units) {
			if (unit.copiedFromQuestion()) {
				continue;
			}
			double strength = strength(target, unit, chinese);
			if (strength > best.strength()) {
				best = new Match(unit, strength);
			}
		}
		return best;
	}

	/**
	 * The strength of a piece for a rubric text; a piece of a term list at most {@link #LISTED_CEILING}: it
	 * mentions the point without saying what is done, so it earns a little credit and never covers it.
	 */
	static double strength(AnalysedRubric.AnalysedText target, AnswerUnit unit, boolean chinese) {
		double semantic = semantic(target.vector(), unit.vector(), chinese);
		double lexical = lexical(target, unit, chinese);
		double strength = SEMANTIC_SHARE * semantic + (1 - SEMANTIC_SHARE) * lexical;
		return unit.listed() ? Math.min(strength, LISTED_CEILING) : strength;
	}

	static double semantic(float[] a, float[] b, boolean chinese) {
		double cosine = SentenceEmbeddings.similarity(a, b);
		double low = chinese ? CHINESE_UNRELATED : ENGLISH_UNRELATED;
		double high = chinese ? CHINESE_SAME : ENGLISH_SAME;
		return clamp((cosine - low) / (high - low));
	}

	static double lexical(AnalysedRubric.AnalysedText target, AnswerUnit unit, boolean chinese) {
		double words = target.content().isEmpty() ? 0
				: (double) target.content().stream().filter(unit.content()::contains).count() / target.content().size();
		return chinese ? Math.max(words, characterPairs(target.text(), unit.text())) : words;
	}

	/** Share of the target's pairs of adjacent Han characters that occur in the text. */
	static double characterPairs(String target, String text) {
		Set<String> pairs = hanPairs(target);
		if (pairs.isEmpty()) {
			return 0;
		}
		Set<String> present = hanPairs(text);
		return (double) pairs.stream().filter(present::contains).count() / pairs.size();
	}

	private static Set<String> hanPairs(String text) {
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			if (isHan(text.charAt(i)) && isHan(text.charAt(i + 1))) {
				pairs.add(text.substring(i, i + 2));
			}
		}
		return pairs;
	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

	/** A sentence (null when none) and its strength 0–1. */
	record Match(AnswerUnit unit, double strength) {
	}
}
