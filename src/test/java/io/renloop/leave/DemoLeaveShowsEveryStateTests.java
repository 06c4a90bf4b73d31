package io.renloop.leave;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The demo tenant has leave in every state; the employee sees their own, the manager their team's. */
@RenloopIntegrationTest
class DemoLeaveShowsEveryStateTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoLeaveIsInEveryState() {
		Set<String> states = Eventually.await(() -> {
			Set<String> found = Set.copyOf(jdbc.queryForList(
					"select distinct status from leave.leave_request where tenant_id = 'demo'", String.class));
			return found.containsAll(List.of("PENDING", "APPROVED", "REJECTED", "CANCELLED")) ? found : null;
		});
		assertThat(states).isNotNull();
	}

	@Test
	void theEmployeeSeesTheirOwnRequestsAndBalances() {
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		JsonNode mine = employee.get("/api/v1/me/leave/requests").json();
		assertThat(mine.size()).isGreaterThanOrEqualTo(3);
		assertThat(mine.valueStream().map(r -> r.get("employeeId").asString()).collect(Collectors.toSet())).hasSize(1);
		JsonNode balances = employee.get("/api/v1/me/leave/balances").json();
		assertThat(balances.valueStream().filter(b -> b.get("type").asString().equals("COMPENSATORY"))
			.map(b -> b.get("entitled").decimalValue())).anySatisfy(days -> assertThat(days).isPositive());
		assertThat(employee.get("/api/v1/leave/requests").json().valueStream()
			.map(r -> r.get("employeeId").asString()).collect(Collectors.toSet())).hasSize(1);
	}

	@Test
	void theManagerSeesTheTeam() {
		JsonNode team = ApiClient.as(port, "manager@demo.example").get("/api/v1/leave/requests").json();
		assertThat(team.valueStream().map(r -> r.get("employeeId").asString()).collect(Collectors.toSet()).size())
			.isGreaterThan(1);
	}

	@Test
	void seededDemoEmployeesHaveAWorkStartDate() {
		// the seeded ones (SNE…), not those that other tests hire without one
		assertThat(jdbc.queryForObject("select count(*) from employee.employee where tenant_id = 'demo'"
				+ " and employee_no like 'SNE%' and (work_start_date is null or work_start_date > hire_date)",
				Long.class)).isZero();
	}
}
