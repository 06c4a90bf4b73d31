package io.renloop.payroll;

import java.math.BigDecimal;
import java.time.Instant;

/** A special additional deduction declared for a tax year. */
public record TaxDeclarationView(int year, DeductionKind kind, BigDecimal monthlyAmount, String evidence,
		Instant declaredAt) {
}
