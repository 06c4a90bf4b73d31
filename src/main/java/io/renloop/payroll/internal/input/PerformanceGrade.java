package io.renloop.payroll.internal.input;

import java.math.BigDecimal;

/** An employee's published performance grade and the factor it sets for a month's pay. */
public record PerformanceGrade(String grade, BigDecimal factor, String cycleName) {
}
