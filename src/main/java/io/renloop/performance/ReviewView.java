package io.renloop.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review with its items scored and explained.
 *
 * @param items every item with its value, source, self and manager score, computed score and formula
 * @param missing items that have no score yet
 * @param vetoed whether a one-vote veto zeroed the score
 * @param score the computed score, or null while items are missing
 * @param appealUntil the last day an appeal is possible, or null before publication
 */
public record ReviewView(UUID id, UUID cycleId, String cycleName, String period, CyclePhase phase, UUID employeeId,
		String employeeNo, String employeeName, UUID departmentId, ReviewStatus status, List<ItemScore> items,
		List<String> missing, boolean vetoed, BigDecimal score, String grade, String finalGrade, String selfComment,
		String managerComment, Integer potential, String appealReason, String appealStatus, LocalDate appealUntil) {
}
