package io.renloop.payroll.internal.run;

import io.renloop.platform.formula.CompiledFormula;

/**
 * A tenant salary item as a run applies it.
 *
 * @param kind {@code EARNING} adds to gross pay, {@code DEDUCTION} lowers it before tax, {@code INFO} is shown only
 */
public record ItemRule(String code, String kind, boolean taxable, String nameZh, String nameEn,
		CompiledFormula formula) {
}
