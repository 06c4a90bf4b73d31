package io.renloop.interview;

import java.util.UUID;

/**
 * Scores answers against a question's rubric exactly as an interview does. Deterministic: the same answer and
 * rubric version always give the same result.
 */
public interface AnswerScoring {

	/** Scores a sample answer without storing anything, to calibrate the rubric. */
	AnswerScore preview(UUID questionId, String answer);
}
