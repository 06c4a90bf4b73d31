package io.renloop.training;

import java.math.BigDecimal;

/**
 * How training worked in a year for the whole tenant.
 *
 * @param completionRate completed enrolments per enrolment (not cancelled or rejected), 0 to 1
 * @param passRate passed exam attempts per graded attempt, 0 to 1
 * @param hoursPerEmployee course hours completed per employee employed in the year
 * @param costPerParticipant cost of enrolments per distinct participant, in yuan
 */
public record TrainingEffectiveness(int year, long enrolments, long completed, BigDecimal completionRate,
		long examAttempts, BigDecimal passRate, BigDecimal hoursPerEmployee, BigDecimal totalCost, long participants,
		BigDecimal costPerParticipant) {

	/** Reads the figures of a year. */
	public interface Figures {

		TrainingEffectiveness of(int year);
	}
}
