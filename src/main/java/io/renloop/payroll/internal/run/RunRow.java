package io.renloop.payroll.internal.run;

import io.renloop.payroll.PayrollRunStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A stored payroll run. */
public record RunRow(UUID id, String period, UUID payGroupId, String kind, PayrollRunStatus status, int headcount,
		BigDecimal gross, BigDecimal net, BigDecimal tax, BigDecimal employerCost, UUID jobId, UUID approvalId,
		Instant calculatedAt, Instant publishedAt) {
}
