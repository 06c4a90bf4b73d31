package io.renloop.leave;

/** Where a leave request stands. Pending and approved requests hold their days; the others release them. */
public enum LeaveStatus {
	PENDING, APPROVED, REJECTED, CANCELLED;

	public boolean holdsDays() {
		return this == PENDING || this == APPROVED;
	}
}
