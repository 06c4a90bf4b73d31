package io.renloop.analytics;

import static io.renloop.analytics.WorkforcePlanFixtures.driver;
import static io.renloop.analytics.WorkforcePlanFixtures.freshPosition;
import static io.renloop.analytics.WorkforcePlanFixtures.goal;
import static io.renloop.analytics.WorkforcePlanFixtures.plan;
import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * One click turns a plan's positive gaps into DRAFT requisitions in recruitment, only where the headcount plan (编制)
 * leaves room for the whole gap; a line over it is reported, not created; a second click duplicates nothing.
 */
@RenloopIntegrationTest
class WorkforcePlanRequisitionsAreCreatedOnceWithinTheHeadcountPlanTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void gapsWithinTheHeadcountPlanBecomeRequisitionsOnceAndLinesOverItAreReported() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID coal1 = new DemoData(jdbc).departmentId(DEMO, "COAL-1");
		UUID planned = freshPosition(hr);
		UUID unplanned = freshPosition(hr);
		assertThat(hr.put("/api/v1/headcount-plans", Map.of("departmentId", coal1, "positionId", planned, "planned", 4))
			.status()).isEqualTo(200);
		String id = hr.post("/api/v1/workforce-plans", plan(List.of(goal("CAP", 0, 30)),
				List.of(driver("CAP", coal1, planned, 10), driver("CAP", coal1, unplanned, 10)), List.of()))
			.json()
			.get("id")
			.asString();

		JsonNode first = hr.post("/api/v1/workforce-plans/" + id + "/requisitions", null).json();
		assertThat(first).hasSize(2);
		assertThat(first.get(0).get("outcome").asString()).isEqualTo("CREATED");
		assertThat(first.get(0).get("gap").asInt()).isEqualTo(3);
		assertThat(first.get(1).get("outcome").asString()).isEqualTo("OVER_HEADCOUNT_PLAN");
		assertThat(first.get(1).get("available").asLong()).isZero();
		String requisition = first.get(0).get("requisitionId").asString();
		assertThat(hr.get("/api/v1/requisitions/" + requisition).json().get("headcount").asInt()).isEqualTo(3);

		JsonNode second = hr.post("/api/v1/workforce-plans/" + id + "/requisitions", null).json();
		assertThat(second.get(0).get("outcome").asString()).isEqualTo("ALREADY_CREATED");
		assertThat(second.get(0).get("requisitionId").asString()).isEqualTo(requisition);
		assertThat(requisitionsFor(planned)).isEqualTo(1);
		assertThat(requisitionsFor(unplanned)).isZero();
		assertThat(hr.get("/api/v1/workforce-plans/" + id).json().get("lines").get(0).get("requisitionId").asString())
			.isEqualTo(requisition);
	}

	@Test
	void aGapLargerThanWhatThePlanLeavesIsNotCreatedAtAll() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID coal1 = new DemoData(jdbc).departmentId(DEMO, "COAL-1");
		UUID position = freshPosition(hr);
		hr.put("/api/v1/headcount-plans", Map.of("departmentId", coal1, "positionId", position, "planned", 2));
		String id = hr.post("/api/v1/workforce-plans", plan(List.of(goal("CAP", 0, 50)),
				List.of(driver("CAP", coal1, position, 10)), List.of())).json().get("id").asString();
		JsonNode result = hr.post("/api/v1/workforce-plans/" + id + "/requisitions", null).json();
		assertThat(result.get(0).get("outcome").asString()).isEqualTo("OVER_HEADCOUNT_PLAN");
		assertThat(result.get(0).get("available").asLong()).isEqualTo(2);
		assertThat(requisitionsFor(position)).isZero();
	}

	private int requisitionsFor(UUID position) {
		return jdbc.queryForObject("select count(*) from recruitment.requisition where position_id = ?", Integer.class,
				position);
	}
}
