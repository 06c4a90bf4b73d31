package io.renloop.payroll;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.offboarding.RecentPay;
import io.renloop.platform.SystemActor;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Offboarding's port, as payroll answers it from the demo tenant's published months. */
@RenloopIntegrationTest
class LeaversAverageWageComesFromPublishedPayslipsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecentPay recentPay;

	@Test
	void averageIsTheGrossOfThePublishedMonthsDividedByTheirNumber() {
		Map<String, Object> latest = jdbc.queryForMap("""
				select p.employee_id, max(p.period) as period from payroll.payslip p
				  join payroll.payroll_run r on r.id = p.run_id
				 where p.tenant_id = ? and r.status = 'PUBLISHED' group by p.employee_id order by p.employee_id limit 1""",
				DEMO);
		UUID employee = (UUID) latest.get("employee_id");
		LocalDate lastDay = LocalDate.parse(((String) latest.get("period")).trim() + "-15");
		Map<String, Object> expected = jdbc.queryForMap("""
				select sum(p.gross) as total, count(distinct p.period) as months from payroll.payslip p
				  join payroll.payroll_run r on r.id = p.run_id
				 where p.tenant_id = ? and p.employee_id = ? and r.status = 'PUBLISHED'
				   and p.period between ? and ?""", DEMO, employee,
				java.time.YearMonth.from(lastDay).minusMonths(11).toString(), java.time.YearMonth.from(lastDay).toString());
		long months = ((Number) expected.get("months")).longValue();

		RecentPay.AverageWage average = SystemActor.callAs(DEMO,
				() -> recentPay.averageMonthlyGross(employee, lastDay)).orElseThrow();

		assertThat(average.months()).isEqualTo(months);
		assertThat(average.amount()).isEqualByComparingTo(
				((BigDecimal) expected.get("total")).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP));
	}

	@Test
	void noPublishedMonthMeansNoAverage() {
		assertThat(SystemActor.callAs(DEMO, () -> recentPay.averageMonthlyGross(UUID.randomUUID(), LocalDate.now())))
			.isEmpty();
	}
}
