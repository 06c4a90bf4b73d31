package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An employee record edited in place (a wrong unit corrected with a plain PUT, not a transfer step) reaches the
 * dashboards through EmployeeRecordChanged: the person counts in the corrected unit, from their hire on.
 */
@RenloopIntegrationTest
class DashboardsFollowAnEditedRecordTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aCorrectedUnitMovesThePersonAndTheirHire() {
		DashboardFixtures fixtures = new DashboardFixtures(jdbc, events, transactions);
		DemoData data = new DemoData(jdbc);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID wrong = data.departmentId(DEMO, "TUNNEL");
		UUID right = data.departmentId(DEMO, "ELEC");
		UUID employee = fixtures.hired(hr, wrong, LocalDate.of(2024, 3, 4));
		String employeeNo = hr.get("/api/v1/employees/" + employee).json().get("employeeNo").asString();
		Map<String, Object> record = Map.of("employeeNo", employeeNo, "name", "看板测试员工", "departmentId", right,
				"hireDate", "2024-03-04");

		ApiClient.Response updated = hr.put("/api/v1/employees/" + employee, record);

		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		Eventually.await(() -> right.equals(jdbc.queryForObject("select department_id from analytics.person_fact "
				+ "where tenant_id = ? and employee_id = ?", UUID.class, DEMO, employee)) ? true : null);
		assertThat(jdbc.queryForObject("select hire_department_id from analytics.person_fact where tenant_id = ? "
				+ "and employee_id = ?", UUID.class, DEMO, employee)).isEqualTo(right);
		assertThat(jdbc.queryForObject("select coalesce(sum(hires), 0) from analytics.people_unit_month where "
				+ "tenant_id = ? and department_id = ? and month = date '2024-03-01'", Long.class, DEMO, right))
			.isPositive();
	}
}
