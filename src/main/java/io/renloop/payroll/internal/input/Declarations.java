package io.renloop.payroll.internal.input;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Special additional deductions (专项附加扣除) declared by employees, per tax year. */
@Component
public class Declarations {

	private final JdbcTemplate jdbc;

	Declarations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Each employee's declared monthly total for the year. */
	public Map<UUID, BigDecimal> monthlyTotals(String tenantId, int year) {
		Map<UUID, BigDecimal> totals = new HashMap<>();
		jdbc.query("""
				select employee_id, sum(monthly_amount) from payroll.tax_declaration where tenant_id = ? and tax_year = ?
				 group by employee_id""", rs -> {
			totals.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
		}, tenantId, year);
		return totals;
	}
}
