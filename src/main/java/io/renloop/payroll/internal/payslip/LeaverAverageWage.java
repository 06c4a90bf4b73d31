package io.renloop.payroll.internal.payslip;

import io.renloop.offboarding.RecentPay;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Offboarding's {@link RecentPay}: the published gross of each month (a correction run adds to its month) among the
 * twelve up to the month of the last day, averaged over the months published.
 */
@Component
class LeaverAverageWage implements RecentPay {

	private final JdbcTemplate jdbc;

	LeaverAverageWage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<AverageWage> averageMonthlyGross(UUID employeeId, LocalDate lastDay) {
		YearMonth last = YearMonth.from(lastDay);
		List<BigDecimal> months = jdbc.queryForList("""
				select sum(p.gross) from payroll.payslip p join payroll.payroll_run r on r.id = p.run_id
				 where p.tenant_id = ? and p.employee_id = ? and r.status = 'PUBLISHED' and p.period between ? and ?
				 group by p.period""", BigDecimal.class, TenantContext.require(), employeeId,
				last.minusMonths(11).toString(), last.toString());
		if (months.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal total = months.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Optional.of(new AverageWage(total.divide(BigDecimal.valueOf(months.size()), 2, RoundingMode.HALF_UP),
				months.size()));
	}
}
