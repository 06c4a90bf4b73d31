package io.renloop.leave;

import java.time.LocalDate;

/** The floor of sick pay for payroll: at least this percentage of the local minimum wage. */
public record SickPayRule(String province, int minPercentOfMinimumWage, LocalDate effectiveFrom, String source) {
}
