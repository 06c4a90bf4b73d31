package io.renloop.performance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cycle's calibration: the tenant's guidance, each department's distribution before and after the moves, the
 * people and the moves made.
 */
public record CalibrationView(UUID cycleId, CyclePhase phase, boolean forcedDistribution, List<Grade> guidance,
		List<DepartmentDistribution> departments, List<ReviewSummary> people, List<MoveView> moves) {

	/**
	 * @param before people per grade as scored
	 * @param after people per grade after calibration
	 * @param expected people per grade the guidance expects (rounded)
	 */
	public record DepartmentDistribution(UUID departmentId, String departmentName, int headcount,
			Map<String, Integer> before, Map<String, Integer> after, Map<String, Integer> expected) {
	}

	/** A move made. */
	public record MoveView(UUID reviewId, String employeeName, String fromGrade, String toGrade, String reason,
			String movedBy, Instant movedAt) {
	}
}
