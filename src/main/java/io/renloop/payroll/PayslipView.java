package io.renloop.payroll;

import java.math.BigDecimal;
import java.util.List;

/** A published payslip as its employee reads it. */
public record PayslipView(String period, BigDecimal gross, BigDecimal net, List<PayslipLineView> lines, Tax tax) {

	/** Income tax withheld this month and this year to date. */
	public record Tax(BigDecimal month, BigDecimal yearToDate) {
	}
}
