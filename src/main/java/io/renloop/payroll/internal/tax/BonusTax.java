package io.renloop.payroll.internal.tax;

import java.math.BigDecimal;

/**
 * The income tax of an annual one-time bonus taxed separately from the month's wages.
 *
 * @param tax bonus × rate − quickDeduction, to the fen
 * @param rate the monthly table's rate for one twelfth of the bonus, e.g. 0.10
 * @param quickDeduction the bracket's (monthly) quick deduction, deducted once
 * @param cliff null, unless the bonus lies in a dead zone just above a bracket limit (36,000, 144,000, 300,000,
 * 420,000, 660,000, 960,000): then how much more the employee would keep, after tax, if the bonus were lowered
 * to that limit
 */
public record BonusTax(BigDecimal tax, BigDecimal rate, BigDecimal quickDeduction, BigDecimal cliff) {
}
