package io.renloop.interview;

import java.util.List;

/**
 * The scored answer with its evidence: which key points the answer covers and with which of its sentences,
 * which must-mention items are missing, its structure and specificity, and why the score was capped.
 *
 * @param level 1 (weakest) to 5 (strongest)
 * @param score 0–100, within the band of the level (1: 0–20, 2: 21–40, 3: 41–60, 4: 61–80, 5: 81–100)
 * @param keyPoints every key point of the rubric in rubric order
 * @param missingMustMention must-mention items the answer does not cover
 * @param structure STAR completeness or step order
 * @param specificity 0–1: numbers and concrete actions rather than generic claims
 * @param relevance 0–1: how closely the answer is about the question
 * @param flags reasons for caps, empty for an ordinary answer
 * @param rubricVersion the version of the rubric that produced the score
 */
public record AnswerScore(int level, int score, List<KeyPointEvidence> keyPoints, List<String> missingMustMention,
		Structure structure, double specificity, double relevance, List<AnswerFlag> flags, int rubricVersion) {

	/**
	 * @param keyPoint the key point's text
	 * @param weight its weight in the rubric
	 * @param covered whether the answer covers it
	 * @param strength 0–1, how strongly the best sentence covers it
	 * @param quote the answer's sentence that covers it best, or null when not covered
	 */
	public record KeyPointEvidence(String keyPoint, double weight, boolean covered, double strength, String quote) {
	}

	/**
	 * @param kind {@code STAR} for behavioural questions, {@code STEPS} for safety procedures, else {@code NONE}
	 * @param situation STAR: the answer sets the scene
	 * @param task STAR: the answer names the task or goal
	 * @param action STAR: the answer says what the candidate did
	 * @param result STAR: the answer tells the outcome
	 * @param stepOrder STEPS: share of covered steps in rubric order (0–1), null when fewer than two are covered
	 * @param completeness 0–1: share of STAR parts present, or the step order
	 */
	public record Structure(String kind, Boolean situation, Boolean task, Boolean action, Boolean result,
			Double stepOrder, double completeness) {

		public static Structure none() {
			return new Structure("NONE", null, null, null, null, null, 0);
		}
	}
}
