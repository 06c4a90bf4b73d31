package io.renloop.payroll.web;

import io.renloop.platform.AmountLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A month's deduction of the tax calculator (social insurance, declared deductions): zero or more, at most two
 * decimals, at most a monthly pay ({@link AmountLimits#MAX_MONTHLY_PAY}); one translated message whatever is
 * wrong. Null passes (use {@code @NotNull}).
 */
@PositiveOrZero
@Digits(integer = AmountLimits.MONTHLY_PAY_DIGITS, fraction = AmountLimits.FRACTION_DIGITS)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TaxMonthlyDeduction {

	String message() default "{payroll.tax.monthlyDeduction}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
