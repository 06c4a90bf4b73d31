package io.renloop.performance;

/** Where a review stands. */
public enum ReviewStatus {
	/** Waiting for the employee's self review. */
	SELF_REVIEW,
	/** Waiting for the manager. */
	MANAGER_REVIEW,
	/** Scored by the manager. */
	SCORED,
	/** The result is published. */
	PUBLISHED,
	/** The employee appealed the published result; the appeal is being decided. */
	APPEALED,
	/** The appeal was decided. */
	APPEAL_DECIDED
}
