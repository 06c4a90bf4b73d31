package io.renloop.payroll.internal.run;

import io.renloop.payroll.PayrollRunStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored payroll run.
 *
 * @param kind {@code REGULAR} or {@code CORRECTION}
 * @param correctsRunId the published run a correction recalculates, else null
 * @param targetPeriod the month whose regular run pays a correction's differences, else null
 */
public record RunRow(UUID id, String period, UUID payGroupId, String kind, PayrollRunStatus status, int headcount,
		BigDecimal gross, BigDecimal net, BigDecimal tax, BigDecimal employerCost, UUID jobId, UUID approvalId,
		Instant calculatedAt, Instant publishedAt, UUID correctsRunId, String targetPeriod) {

	static final String REGULAR = "REGULAR";

	static final String CORRECTION = "CORRECTION";

	boolean correction() {
		return CORRECTION.equals(kind);
	}
}
