package io.renloop.payroll;

import java.math.BigDecimal;

/**
 * One line of a payslip in the reader's language.
 *
 * @param kind {@code EARNING}, {@code DEDUCTION} (before tax), {@code CONTRIBUTION} (social insurance and housing
 * fund), {@code TAX}, {@code AFTER_TAX} (deductions after tax) or {@code INFO}
 * @param explanation how the amount came about, with its inputs, e.g. "病假 2 天 × 日工资 459.77 × (1 − 80%) = 183.91"
 */
public record PayslipLineView(String code, String name, String kind, BigDecimal amount, String explanation) {
}
