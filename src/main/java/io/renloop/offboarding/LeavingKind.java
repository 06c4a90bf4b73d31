package io.renloop.offboarding;

/** Why the employment ends: the employee resigns, the employer terminates on a legal ground, retirement, death. */
public enum LeavingKind {
	RESIGNATION, TERMINATION, RETIREMENT, DEATH;

	/** For attrition figures: only a resignation is the employee's choice. */
	public EmployeeLeft.Kind attrition() {
		return this == RESIGNATION ? EmployeeLeft.Kind.VOLUNTARY : EmployeeLeft.Kind.INVOLUNTARY;
	}
}
