package io.renloop.interview;

/**
 * Why an answer's score was capped or needs a human look.
 */
public enum AnswerFlag {

	/** Nothing to score. */
	EMPTY,

	/** Mostly the question's own words. */
	COPIED_QUESTION,

	/** Not about the question. */
	OFF_TOPIC,

	/** A list of rubric terms without sentences. */
	KEYWORD_STUFFING,

	/** Longer than the scored part; the rest was not read. */
	TOO_LONG,

	/** The same sentences again and again. */
	REPETITIVE
}
