package io.renloop.payroll;

import java.math.BigDecimal;

/** A published payslip in a list. */
public record PayslipSummary(String period, BigDecimal gross, BigDecimal net) {
}
