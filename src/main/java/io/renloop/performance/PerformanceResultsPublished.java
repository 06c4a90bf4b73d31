package io.renloop.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The results of a performance cycle were approved and published: each reviewed employee's final grade and score.
 * Payroll turns grades into bonus inputs, training turns the gaps into development needs, analytics keeps them.
 *
 * @param tenantId the cycle's tenant
 * @param periodStart first day of the period the cycle reviewed
 * @param periodEnd last day of the period the cycle reviewed
 * @param results one per employee with a final grade
 */
public record PerformanceResultsPublished(String tenantId, UUID cycleId, String cycleName, LocalDate periodStart,
		LocalDate periodEnd, Instant publishedAt, List<Result> results) {

	public PerformanceResultsPublished {
		results = List.copyOf(results);
	}

	/**
	 * One employee's published result.
	 *
	 * @param grade the calibrated grade code, e.g. S, A, B, C or D
	 * @param score the computed score from 0 to 100 with two decimals
	 * @param gaps the items that scored low (competencies and KPIs), for development
	 * @param items every scored item of the review, so that training can compare an item before and after a course
	 * (empty in events published before items were carried)
	 */
	public record Result(UUID employeeId, String grade, BigDecimal score, List<Gap> gaps, List<Item> items) {

		public Result {
			gaps = List.copyOf(gaps);
			items = items == null ? List.of() : List.copyOf(items);
		}

		/** A result without its items. */
		public Result(UUID employeeId, String grade, BigDecimal score, List<Gap> gaps) {
			this(employeeId, grade, score, gaps, List.of());
		}
	}

	/**
	 * A scored item of a review.
	 *
	 * @param kind COMPETENCY or KPI
	 * @param code the competency dimension or metric code
	 * @param score the item's score from 0 to its cap
	 */
	public record Item(String kind, String code, String name, BigDecimal score) {
	}

	/**
	 * A low-scoring item of a review: a development need.
	 *
	 * @param kind COMPETENCY or KPI
	 * @param code the competency dimension or metric code
	 * @param name the item's name as the review showed it
	 * @param score the item's score from 0 to 100
	 * @param severity HIGH below 40, MEDIUM below 60
	 */
	public record Gap(String kind, String code, String name, BigDecimal score, String severity) {
	}
}
