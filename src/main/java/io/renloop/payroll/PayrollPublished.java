package io.renloop.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payroll run was published: its payslips are final and visible. Carries the summary by department that
 * accounting and analytics need, never a person's pay.
 */
public record PayrollPublished(String tenantId, UUID runId, String period, UUID payGroupId, int headcount,
		BigDecimal gross, BigDecimal net, BigDecimal tax, BigDecimal employerCost, List<DepartmentCost> departments,
		Instant publishedAt) {

	/** One department's share of the run. */
	public record DepartmentCost(UUID departmentId, int headcount, BigDecimal gross, BigDecimal employerCost) {
	}
}
