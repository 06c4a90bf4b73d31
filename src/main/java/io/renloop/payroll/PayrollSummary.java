package io.renloop.payroll;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A run's totals by department and cost item, as accounting books them (工资汇总表): gross pay and the employer's
 * cost per department, and per item (each payslip line code) its sum.
 */
public record PayrollSummary(UUID runId, String period, List<Department> departments) {

	/** One department's share of the run. */
	public record Department(UUID departmentId, String departmentName, int headcount, BigDecimal gross,
			BigDecimal employerCost, List<Item> items) {
	}

	/** A cost item's sum within a department; {@code kind} as on the payslip line. */
	public record Item(String code, String kind, BigDecimal amount) {
	}
}
