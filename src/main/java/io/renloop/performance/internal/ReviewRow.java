package io.renloop.performance.internal;

import io.renloop.performance.ReviewStatus;
import io.renloop.performance.ReviewSummary;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A stored review with its entries.
 *
 * @param templateId the template the review follows when a rule of the cycle gave it one, else null (the cycle's)
 */
record ReviewRow(UUID id, UUID cycleId, UUID employeeId, String employeeNo, String employeeName, UUID departmentId,
		UUID positionId, ReviewStatus status, Map<String, BigDecimal> selfScores,
		Map<String, BigDecimal> managerScores, String selfComment, String managerComment, BigDecimal score,
		String grade, String calibratedGrade, Integer potential, String appealReason, String appealStatus,
		UUID templateId) {

	/** The grade after calibration. */
	String finalGrade() {
		return calibratedGrade != null ? calibratedGrade : grade;
	}

	ReviewSummary summary() {
		return new ReviewSummary(id, cycleId, employeeId, employeeNo, employeeName, departmentId, status, score, grade,
				finalGrade(), potential);
	}
}
