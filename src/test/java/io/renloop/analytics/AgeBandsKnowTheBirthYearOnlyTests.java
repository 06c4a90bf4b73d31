package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hire's birth date reaches analytics as the year alone, so the age bands of the tenure-age dashboard count the
 * person; the full date never leaves the employee module.
 */
@RenloopIntegrationTest
class AgeBandsKnowTheBirthYearOnlyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHiresBirthYearIsKeptAndNothingMore() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient.Response hired = hr.post("/api/v1/employees", Map.of("employeeNo", TestUsers.unique("AGE"), "name",
				"年龄段员工", "departmentId", new DemoData(jdbc).departmentId(DEMO, "SALES-E"), "hireDate", "2023-04-03",
				"birthDate", "1991-05-17"));
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		UUID id = UUID.fromString(hired.json().get("id").asString());

		Integer year = Eventually.await(() -> jdbc.queryForList("select birth_year from analytics.person_fact "
				+ "where tenant_id = ? and employee_id = ?", Integer.class, DEMO, id).stream().findFirst().orElse(null));

		assertThat(year).isEqualTo(1991);
		List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where "
				+ "table_schema = 'analytics' and table_name = 'person_fact'", String.class);
		assertThat(columns).noneMatch(column -> column.contains("birth_date"));
	}
}
