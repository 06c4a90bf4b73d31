package io.renloop.interview;

/**
 * The kind of an interview question; it decides which structure the scorer looks for in an answer.
 */
public enum QuestionType {

	/** Past behaviour, answered in STAR form (situation, task, action, result). */
	BEHAVIOURAL,

	/** A hypothetical situation: what would you do. */
	SITUATIONAL,

	/** Technical know-how of the job. */
	TECHNICAL,

	/** A safety procedure, whose steps must come in the right order. */
	SAFETY,

	/** Recall of facts or definitions; a list of points is a legitimate answer. */
	KNOWLEDGE
}
