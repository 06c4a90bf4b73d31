package io.renloop.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A payroll run with its totals. A correction run's totals are what it changes the corrected month by.
 *
 * @param kind {@code REGULAR} or {@code CORRECTION}
 * @param correctsRunId the published run a correction recalculates, else null
 * @param targetPeriod the month whose regular run pays a correction's differences, else null
 * @param jobId the calculation's background job (progress at {@code GET /api/v1/jobs/{jobId}}), or null
 */
public record PayrollRunView(UUID id, String period, UUID payGroupId, String payGroupCode, String kind,
		PayrollRunStatus status, int headcount, Totals totals, UUID jobId, Instant calculatedAt, Instant publishedAt,
		UUID correctsRunId, String targetPeriod) {

	/** The run's sums: gross pay, net pay, income tax withheld, the employer's cost (gross plus contributions). */
	public record Totals(BigDecimal gross, BigDecimal net, BigDecimal tax, BigDecimal employerCost) {
	}
}
