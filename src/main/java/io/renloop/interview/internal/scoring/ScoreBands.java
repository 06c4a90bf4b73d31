package io.renloop.interview.internal.scoring;

import io.renloop.interview.AnswerFlag;
import io.renloop.interview.AnswerScore.Structure;
import io.renloop.interview.QuestionType;
import io.renloop.interview.QuestionView;
import java.util.Set;

/**
 * Turns the measured signals into a 0–100 score and a level: a weighted mix per question type, then caps for
 * missing must-mention items and for gaming flags. Levels are bands of 20 points.
 */
final class ScoreBands {

	static final double OFF_TOPIC_RELEVANCE = 0.2;

	static final double OFF_TOPIC_COVERAGE = 0.2;

	/** A behavioural answer less concrete than this tells no example, only claims about oneself. */
	static final double MIN_BEHAVIOURAL_SPECIFICITY = 0.2;

	private ScoreBands() {
	}

	/**
	 * 0–1. Key-point coverage dominates; behavioural answers also earn for STAR completeness and concreteness,
	 * procedures for the order of their steps, situational and technical answers for concreteness. Knowledge
	 * answers are recall in the subject's own terms: half coverage, half the share of the key points' content
	 * words the answer uses anywhere ({@code termRecall}).
	 */
	static double quality(QuestionView question, double coverage, double termRecall, Structure structure,
			double specificity) {
		QuestionType type = question.type();
		if (type == QuestionType.BEHAVIOURAL) {
			return 0.65 * coverage + 0.2 * structure.completeness() + 0.15 * specificity;
		}
		if (structure.kind().equals("STEPS")) {
			double order = structure.stepOrder() == null ? coverage : structure.stepOrder() * coverage;
			return 0.75 * coverage + 0.15 * order + 0.1 * specificity;
		}
		if (type == QuestionType.KNOWLEDGE) {
			return 0.5 * coverage + 0.5 * termRecall;
		}
		return 0.85 * coverage + 0.15 * specificity;
	}

	/**
	 * The highest level the answer may reach given its flags, its missing must-mention items (any missing: 3,
	 * half or more missing: 2) and, for behavioural questions, whether it tells a concrete example at all.
	 */
	static int maxLevel(QuestionType type, Set<AnswerFlag> flags, int missingMustMention, int mustMention,
			double specificity) {
		int max = 5;
		if (type == QuestionType.BEHAVIOURAL && specificity < MIN_BEHAVIOURAL_SPECIFICITY) {
			max = 2;
		}
		if (flags.contains(AnswerFlag.COPIED_QUESTION) || flags.contains(AnswerFlag.OFF_TOPIC)
				|| flags.contains(AnswerFlag.EMPTY)) {
			max = 1;
		}
		if (flags.contains(AnswerFlag.KEYWORD_STUFFING) || flags.contains(AnswerFlag.REPETITIVE)) {
			max = Math.min(max, 2);
		}
		if (flags.contains(AnswerFlag.TOO_LONG)) {
			max = Math.min(max, 3);
		}
		if (missingMustMention > 0) {
			max = Math.min(max, 2 * missingMustMention >= mustMention ? 2 : 3);
		}
		return max;
	}

	static int highestScore(int level) {
		return 20 * level;
	}

	/** 0–20 → 1, 21–40 → 2, 41–60 → 3, 61–80 → 4, 81–100 → 5. */
	static int level(int score) {
		return score <= 20 ? 1 : score <= 40 ? 2 : score <= 60 ? 3 : score <= 80 ? 4 : 5;
	}
}
