package io.renloop.performance;

/** The phases of a cycle, in order: each allows what it names, and the ones after it follow. */
public enum CyclePhase {
	GOAL_SETTING, CHECK_IN, SELF_REVIEW, MANAGER_REVIEW, CALIBRATION, APPROVAL, APPROVED, PUBLISHED, CLOSED;

	/** Whether employees may still write their self review. */
	public boolean selfReviewOpen() {
		return ordinal() <= MANAGER_REVIEW.ordinal();
	}

	/** Whether managers may still score. */
	public boolean managerReviewOpen() {
		return ordinal() >= SELF_REVIEW.ordinal() && ordinal() <= CALIBRATION.ordinal();
	}
}
