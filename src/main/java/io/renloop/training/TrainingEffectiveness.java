package io.renloop.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * How training worked in a year for the whole tenant.
 *
 * @param completionRate completed enrolments per enrolment (not cancelled or rejected), 0 to 1
 * @param passRate passed exam attempts per graded attempt, 0 to 1
 * @param hoursPerEmployee course hours completed per employee employed in the year
 * @param costPerParticipant cost of enrolments per distinct participant, in yuan
 * @param courseEffects for every course tied to a performance item, its participants' score before and after
 */
public record TrainingEffectiveness(int year, long enrolments, long completed, BigDecimal completionRate,
		long examAttempts, BigDecimal passRate, BigDecimal hoursPerEmployee, BigDecimal totalCost, long participants,
		BigDecimal costPerParticipant, List<CourseEffect> courseEffects) {

	public TrainingEffectiveness {
		courseEffects = List.copyOf(courseEffects);
	}

	/**
	 * A course's effect on the performance item it is tied to: the participants who completed it in the year and have
	 * a published result both before and after, their mean score of the item in the last result before completion and
	 * in the first after (two decimals; null when there is nobody to compare yet).
	 *
	 * @param participants n, the people compared
	 */
	public record CourseEffect(UUID courseId, String code, String title, String performanceItem, int participants,
			BigDecimal scoreBefore, BigDecimal scoreAfter) {

		/** After minus before, or null. */
		public BigDecimal change() {
			return scoreBefore == null || scoreAfter == null ? null : scoreAfter.subtract(scoreBefore);
		}
	}

	/** Reads the figures of a year. */
	public interface Figures {

		TrainingEffectiveness of(int year);
	}
}
