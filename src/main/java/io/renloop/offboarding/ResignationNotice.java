package io.renloop.offboarding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The notice an employee owes when resigning (Labour Contract Law art. 37): 30 days in writing, 3 days during
 * probation. A shorter notice is not refused (the employer may agree to an earlier last day) but warned about.
 */
public final class ResignationNotice {

	/** Days of notice after probation. */
	public static final int DAYS = 30;

	/** Days of notice during probation. */
	public static final int PROBATION_DAYS = 3;

	private ResignationNotice() {
	}

	/** The days of notice owed. */
	public static int owed(boolean inProbation) {
		return inProbation ? PROBATION_DAYS : DAYS;
	}

	/** The days between the notice and the last day. */
	public static long given(LocalDate givenOn, LocalDate lastDay) {
		return ChronoUnit.DAYS.between(givenOn, lastDay);
	}

	/** A warning when the last day comes sooner than the notice owed allows; empty when the notice is enough. */
	public static Optional<Explanation> warning(LocalDate givenOn, LocalDate lastDay, boolean inProbation) {
		long given = given(givenOn, lastDay);
		int owed = owed(inProbation);
		if (given >= owed) {
			return Optional.empty();
		}
		return Optional.of(Explanation.of(inProbation ? "offboarding.notice.shortProbation" : "offboarding.notice.short",
				given, owed, givenOn.plusDays(owed).toString()));
	}
}
