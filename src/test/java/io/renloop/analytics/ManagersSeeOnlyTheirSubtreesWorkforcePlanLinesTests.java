package io.renloop.analytics;

import static io.renloop.analytics.WorkforcePlanFixtures.driver;
import static io.renloop.analytics.WorkforcePlanFixtures.freshPosition;
import static io.renloop.analytics.WorkforcePlanFixtures.goal;
import static io.renloop.analytics.WorkforcePlanFixtures.plan;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The manager of 综采事业部 reads workforce plans (ANALYTICS_READ) but sees only the lines, drivers, training needs and
 * tracking of their subtree, and may not change plans (ANALYTICS_ADMIN).
 */
@RenloopIntegrationTest
class ManagersSeeOnlyTheirSubtreesWorkforcePlanLinesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aManagerSeesTheLinesOfTheirSubtreeOnly() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		DemoData data = new DemoData(jdbc);
		UUID coal2 = data.departmentId(DEMO, "COAL-2");
		UUID finance = data.departmentId(DEMO, "FIN");
		UUID position = freshPosition(hr);
		String id = hr.post("/api/v1/workforce-plans", plan(List.of(goal("CAP", 0, 20)),
				List.of(driver("CAP", coal2, position, 10), driver("CAP", finance, position, 10)), List.of()))
			.json()
			.get("id")
			.asString();
		assertThat(hr.get("/api/v1/workforce-plans/" + id).json().get("lines")).hasSize(2);

		JsonNode seen = manager.get("/api/v1/workforce-plans/" + id).json();
		assertThat(seen.get("lines")).hasSize(1);
		assertThat(seen.get("lines").get(0).get("departmentId").asString()).isEqualTo(coal2.toString());
		assertThat(seen.get("outputDrivers")).hasSize(1);
		assertThat(seen.toString()).doesNotContain(finance.toString());
		JsonNode tracking = manager.get("/api/v1/workforce-plans/" + id + "/tracking").json();
		assertThat(tracking.get("lines")).hasSize(1);
		assertThat(tracking.toString()).doesNotContain(finance.toString());
	}

	@Test
	void aManagerMayNotChangePlansNorCreateRequisitions() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		UUID coal2 = new DemoData(jdbc).departmentId(DEMO, "COAL-2");
		var body = plan(List.of(goal("CAP", 0, 20)), List.of(driver("CAP", coal2, freshPosition(hr), 10)), List.of());
		String id = hr.post("/api/v1/workforce-plans", body).json().get("id").asString();
		assertProblem(manager.post("/api/v1/workforce-plans", body), 403);
		assertProblem(manager.put("/api/v1/workforce-plans/" + id, body), 403);
		assertProblem(manager.post("/api/v1/workforce-plans/" + id + "/requisitions", null), 403);
		assertProblem(manager.delete("/api/v1/workforce-plans/" + id), 403);
	}
}
