package io.renloop.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An employee completed a course: watched enough of it, signed in to its session, read it, or passed its exam.
 * Analytics counts training hours from it; performance may compare scores before and after.
 *
 * @param hours the course's hours
 */
public record CourseCompleted(String tenantId, UUID employeeId, UUID courseId, BigDecimal hours, Instant completedAt) {
}
