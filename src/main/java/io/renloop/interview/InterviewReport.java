package io.renloop.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A scored AI interview for HR: scores per dimension with the evidence behind them, strengths and areas to
 * improve in plain words, and the fit with the plan's pass threshold. It recommends; a person decides.
 *
 * @param overall 0–100, the plan-weighted mean of the dimension scores
 */
public record InterviewReport(UUID sessionId, UUID applicationId, UUID candidateId, UUID requisitionId,
		double overall, List<DimensionResult> dimensions, List<String> strengths, List<String> improvements,
		JobFit jobFit, List<AnswerResult> answers, Instant submittedAt) {

	/** One dimension: its weight in the plan, its score 0–100 and the key points behind it. */
	public record DimensionResult(String dimension, double weight, double score, List<Evidence> evidence) {
	}

	/** Whether a key point of a question's rubric was covered, with the answer's sentence that covered it. */
	public record Evidence(UUID questionId, String keyPoint, boolean covered, String quote) {
	}

	/**
	 * @param level STRONG (at least 15 points above the threshold, or 90), MODERATE (meets it) or WEAK
	 * @param summary one sentence in the reader's language
	 */
	public record JobFit(String level, int passThreshold, boolean meetsThreshold, String summary) {
	}

	/**
	 * The AI-decision log of one answer: what produced its score.
	 */
	public record AnswerResult(UUID questionId, String dimension, int score, int level, List<AnswerFlag> flags,
			List<String> missingMustMention, Integer rubricVersion, String scorerVersion) {
	}
}
