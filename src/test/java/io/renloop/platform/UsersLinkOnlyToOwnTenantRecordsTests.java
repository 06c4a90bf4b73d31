package io.renloop.platform;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A tenant administrator cannot link a login to another tenant's department or employee record: the request is
 * refused at once with the field named, and nothing is stored.
 */
@RenloopIntegrationTest
class UsersLinkOnlyToOwnTenantRecordsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	DemoData data;

	ApiClient acmeAdmin;

	@BeforeEach
	void setUp() {
		data = new DemoData(jdbc);
		acmeAdmin = ApiClient.as(port, "admin@acme.example");
	}

	@Test
	void aNewLoginCannotLinkToAnotherTenantsDepartmentOrEmployee() {
		Map<String, Object> user = newUser();
		user.put("departmentId", data.departmentId(DEMO, "MINING"));
		user.put("employeeId", data.someEmployeeIn(DEMO, "COAL-2"));

		JsonNode problem = assertProblem(acmeAdmin.post("/api/v1/users", user), 400);

		assertThat(errorFields(problem)).containsExactlyInAnyOrder("departmentId", "employeeId");
		assertThat(jdbc.queryForObject("select count(*) from platform.user_account where email = ?", Integer.class,
				user.get("email"))).isZero();
	}

	@Test
	void aLoginsAccessCannotBeChangedToLinkToAnotherTenantsRecords() {
		ApiClient.Response created = acmeAdmin.post("/api/v1/users", newUser());
		String id = created.json().get("id").asString();

		JsonNode problem = assertProblem(acmeAdmin.put("/api/v1/users/" + id + "/access", Map.of("roles",
				List.of("MANAGER"), "departmentId", data.departmentId(DEMO, "MINING"))), 400);

		assertThat(errorFields(problem)).containsExactly("departmentId");
		assertThat(jdbc.queryForMap("select roles, department_id from platform.user_account where id = ?::uuid", id))
			.containsEntry("roles", "EMPLOYEE")
			.containsEntry("department_id", null);
	}

	@Test
	void ownRecordsAreLinked() {
		UUID department = jdbc.queryForObject(
				"select id from organization.department where tenant_id = ? order by path limit 1", UUID.class, ACME);
		UUID employee = jdbc.queryForObject("select id from employee.employee where tenant_id = ? limit 1", UUID.class,
				ACME);
		Map<String, Object> user = newUser();
		user.put("departmentId", department);
		user.put("employeeId", employee);

		ApiClient.Response created = acmeAdmin.post("/api/v1/users", user);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("departmentId").asString()).isEqualTo(department.toString());
	}

	private static Map<String, Object> newUser() {
		return new HashMap<>(Map.of("email", TestUsers.unique("linked") + "@acme.example", "displayName", "Link Probe",
				"password", "Granite-orbit-2026", "roles", List.of("EMPLOYEE")));
	}
}
