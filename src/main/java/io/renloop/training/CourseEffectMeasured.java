package io.renloop.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The effect of a course tied to a performance item was measured again, after new performance results were published:
 * the mean score of the item of the participants who completed the course in the year, in their last published result
 * before completion and their first after. Announced for analytics, which keeps the latest figures per course and
 * year; the same figures may be announced again.
 *
 * @param participants the number of participants with a result both before and after (n)
 * @param scoreBefore their mean score before, two decimals
 * @param scoreAfter their mean score after, two decimals
 */
public record CourseEffectMeasured(String tenantId, UUID courseId, String courseCode, String performanceItem, int year,
		int participants, BigDecimal scoreBefore, BigDecimal scoreAfter, Instant measuredAt) {
}
