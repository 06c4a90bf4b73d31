package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A finance clerk's phone clock-in against the 300 m geofence of the finance office. */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneClockInNeedsTheGeofenceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	UUID clerk;

	ApiClient phone;

	@BeforeAll
	void clerkWithASite() {
		DemoData data = new DemoData(jdbc);
		UUID finance = data.departmentId(DEMO, "FIN");
		clerk = data.someEmployeeIn(DEMO, "FIN");
		String email = TestUsers.unique("clerk") + "@demo.test";
		administration.createUser(new NewUser(DEMO, email, "Clerk", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE), null,
				finance, clerk));
		phone = ApiClient.as(port, email);
		ApiClient.Response site = ApiClient.as(port, "hr@demo.example").post("/api/v1/attendance/sites", Map.of("name",
				"财务办公楼", "latitude", 37.8700, "longitude", 112.5500, "radiusMeters", 300, "departmentIds",
				List.of(finance)));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
	}

	@Test
	void outsideTheFenceIsRefusedWithTheDistance() {
		// 0.01° of latitude is about 1,112 m
		JsonNode problem = assertProblem(phone.post("/api/v1/me/clock-in", Map.of("latitude", 37.8800, "longitude",
				112.5500, "accuracy", 20)), 422);

		assertThat(problem.get("detail").asString()).contains("1112 m").contains("300 m");
	}

	@Test
	void insideTheFenceIsKeptAsAPhoneEvent() {
		ApiClient.Response response = phone.post("/api/v1/me/clock-in", Map.of("latitude", 37.8710, "longitude",
				112.5500, "accuracy", 15));

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("site").asString()).isEqualTo("财务办公楼");
		assertThat(jdbc.queryForObject("select count(*) from attendance.clock_event where employee_id = ? and source = "
				+ "'MOBILE'", Long.class, clerk)).isPositive();
	}
}
