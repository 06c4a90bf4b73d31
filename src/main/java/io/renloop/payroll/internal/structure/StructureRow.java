package io.renloop.payroll.internal.structure;

import io.renloop.payroll.BonusTaxMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** One stored version of a pay structure, as runs read it (the bank account still sealed). */
public record StructureRow(UUID employeeId, LocalDate effectiveFrom, UUID payGroupId, BigDecimal base,
		Map<String, BigDecimal> allowances, Map<String, BigDecimal> fixedDeductions, String regionCode,
		BigDecimal housingFundRate, BigDecimal socialInsuranceBase, String bankName, byte[] bankAccountSealed,
		BonusTaxMethod bonusTaxMethod, String source, String reason, String createdBy, Instant createdAt) {

	/** The base plus every allowance: the contribution base unless one is declared. */
	public BigDecimal monthlyPay() {
		return allowances.values().stream().reduce(base, BigDecimal::add);
	}
}
