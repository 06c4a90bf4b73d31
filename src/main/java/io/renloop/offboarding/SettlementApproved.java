package io.renloop.offboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * HR approved a leaver's final settlement: payroll pays the amounts in the month of the last day, each on its own
 * payslip line. Amounts are yuan with two decimals, zero when not owed.
 *
 * @param period the pay month, {@code yyyy-MM}, of the last day
 * @param leavePayout unused annual leave (200 % on top of the salary)
 * @param compensation economic compensation (art. 47)
 * @param noticePay the month's wage in lieu of notice (art. 40)
 * @param taxFreeCompensationLimit three times the local average annual wage: compensation up to it is exempt from
 * individual income tax, the excess is taxed separately (Caishui [2018] 164 art. 5 (1)); zero when unknown
 */
public record SettlementApproved(String tenantId, UUID caseId, UUID employeeId, String employeeNo, LocalDate lastDay,
		String period, BigDecimal leavePayout, BigDecimal compensation, BigDecimal noticePay,
		BigDecimal taxFreeCompensationLimit) {
}
