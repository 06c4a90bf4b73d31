package io.renloop.interview;

/**
 * When a candidate may read the feedback on their AI interview.
 */
public enum FeedbackRelease {

	/** Never: the tenant does not give feedback (the default). */
	NEVER,

	/** As soon as the interview is submitted. */
	AFTER_SUBMIT,

	/** Once a person has decided: the application moved on from the AI interview, was rejected or pooled. */
	AFTER_DECISION,

	/** A number of days after submission. */
	AFTER_DAYS
}
