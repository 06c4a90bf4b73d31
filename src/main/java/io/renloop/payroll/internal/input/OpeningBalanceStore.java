package io.renloop.payroll.internal.input;

import io.renloop.payroll.internal.tax.CumulativeWithholding;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tax year opening balances ({@code payroll.tax_opening_balance}), the tenant always explicit. */
@Repository
public class OpeningBalanceStore {

	private final JdbcTemplate jdbc;

	OpeningBalanceStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One employee's balance to save. */
	record Balance(UUID employeeId, int throughMonth, int months, BigDecimal income, BigDecimal socialInsurance,
			BigDecimal specialAdditional, BigDecimal other, BigDecimal tax) {
	}

	void save(String tenantId, int year, List<Balance> balances, String by, Instant at) {
		jdbc.batchUpdate("""
				insert into payroll.tax_opening_balance (tenant_id, employee_id, tax_year, through_month, months, income,
				       social_insurance, special_additional, other_deductions, tax_paid, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, employee_id, tax_year) do update set through_month = excluded.through_month,
				       months = excluded.months, income = excluded.income, social_insurance = excluded.social_insurance,
				       special_additional = excluded.special_additional, other_deductions = excluded.other_deductions,
				       tax_paid = excluded.tax_paid, updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
				balances.stream()
					.map(b -> new Object[] { tenantId, b.employeeId(), year, b.throughMonth(), b.months(), b.income(),
							b.socialInsurance(), b.specialAdditional(), b.other(), b.tax(), by, Timestamp.from(at) })
					.toList());
	}

	/**
	 * The year to date each employee's {@code period} starts from when no month of the year was published in
	 * Renloop before it: the balances of the period's year through an earlier month.
	 */
	public Map<UUID, TaxYearToDate> before(String tenantId, String period) {
		YearMonth month = YearMonth.parse(period);
		Map<UUID, TaxYearToDate> balances = new HashMap<>();
		jdbc.query("""
				select employee_id, months, income, social_insurance, special_additional, other_deductions, tax_paid
				  from payroll.tax_opening_balance where tenant_id = ? and tax_year = ? and through_month < ?""",
				rs -> {
					int months = rs.getInt(2);
					balances.put(rs.getObject(1, UUID.class), new TaxYearToDate(months, rs.getBigDecimal(3),
							CumulativeWithholding.MONTHLY_BASIC_DEDUCTION.multiply(BigDecimal.valueOf(months)),
							rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)));
				}, tenantId, month.getYear(), month.getMonthValue());
		return balances;
	}
}
