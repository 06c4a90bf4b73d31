package io.renloop.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One effective-dated version of an employee's pay structure.
 *
 * @param allowances monthly allowances by item code (e.g. {@code MEAL}, {@code UNDERGROUND})
 * @param fixedDeductions monthly after-tax deductions by item code (e.g. {@code UNION_FEE})
 * @param socialInsuranceBase the declared contribution base, or null to contribute on base plus allowances
 * @param bankAccount the salary account, masked (only its last four digits)
 * @param source where the version came from: {@code MANUAL}, {@code OFFER}, {@code PAY_CHANGE}, {@code IMPORT},
 * {@code DEMO}
 */
public record PayStructureView(UUID employeeId, LocalDate effectiveFrom, String payGroupCode, BigDecimal base,
		Map<String, BigDecimal> allowances, Map<String, BigDecimal> fixedDeductions, String regionCode,
		BigDecimal housingFundRate, BigDecimal socialInsuranceBase, String bankName, String bankAccount,
		BonusTaxMethod bonusTaxMethod, String source, String reason, String createdBy, Instant createdAt) {
}
