package io.renloop.performance;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A review as a list shows it.
 *
 * @param grade the grade the score earned
 * @param finalGrade the grade after calibration (the same when nobody moved the person)
 * @param potential the manager's rating of potential: 1 (low) to 3 (high), or null
 */
public record ReviewSummary(UUID id, UUID cycleId, UUID employeeId, String employeeNo, String employeeName,
		UUID departmentId, ReviewStatus status, BigDecimal score, String grade, String finalGrade, Integer potential) {
}
