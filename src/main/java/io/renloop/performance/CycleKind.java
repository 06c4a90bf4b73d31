package io.renloop.performance;

/** How long a cycle's period is. */
public enum CycleKind {
	MONTHLY, QUARTERLY, HALF_YEAR, ANNUAL, PROBATION
}
