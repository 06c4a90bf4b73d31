package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Requisitions open only within the headcount plan (planned − filled − other open requisitions) unless an
 * HR admin overrides with a reason; their status moves only along the allowed transitions.
 */
@RenloopIntegrationTest
class RequisitionTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	RecruitmentFixtures fixtures;

	UUID mining;

	/** A fresh position with a plan of 2 in the mining department, nobody filling it. */
	UUID position;

	ApiClient hr;

	ApiClient recruiter;

	@BeforeEach
	void freshPlan() {
		fixtures = new RecruitmentFixtures(port);
		mining = new DemoData(jdbc).departmentId(DEMO, "MINING");
		position = fixtures.positionWithPlan(mining, 2);
		hr = ApiClient.as(port, "hr@demo.example");
		recruiter = ApiClient.as(port, "recruiter@demo.example");
	}

	@Test
	void newRequisitionIsDraftTitledAfterItsPosition() {
		JsonNode requisition = recruiter.get("/api/v1/requisitions/" + fixtures.draftRequisition(position, mining, 1))
			.json();
		assertThat(requisition.get("status").asString()).isEqualTo("DRAFT");
		assertThat(requisition.get("title").asString()).startsWith("安全工程师");
		assertThat(requisition.get("departmentId").asString()).isEqualTo(mining.toString());
	}

	@Test
	void opensWithinThePlan() {
		String id = fixtures.draftRequisition(position, mining, 2);
		ApiClient.Response opened = recruiter.post("/api/v1/requisitions/" + id + "/open", null);
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void openingBeyondThePlanIsAConflictThatExplainsTheNumbers() {
		open(fixtures.draftRequisition(position, mining, 2));
		String second = fixtures.draftRequisition(position, mining, 1);

		JsonNode problem = assertProblem(recruiter.inLanguage("en").post("/api/v1/requisitions/" + second + "/open", null), 409);
		assertThat(problem.get("code").asString()).isEqualTo("recruitment.requisition.headcountExceeded");
		assertThat(problem.get("detail").asString()).contains("only 0 left", "planned 2");
		assertThat(status(second)).isEqualTo("DRAFT");
	}

	@Test
	void hrAdminOverridesThePlanWithAReasonAndTheOverrideIsAudited() {
		open(fixtures.draftRequisition(position, mining, 2));
		String second = fixtures.draftRequisition(position, mining, 1);

		ApiClient.Response opened = hr.post("/api/v1/requisitions/" + second + "/open",
				Map.of("override", true, "reason", "新矿井投产提前"));
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(status(second)).isEqualTo("OPEN");
		String audited = jdbc.queryForObject("""
				select after_state from platform.audit_event
				where tenant_id = 'demo' and action = 'HEADCOUNT_OVERRIDE' and entity_id = ?""", String.class, second);
		assertThat(audited).contains("新矿井投产提前");
	}

	@Test
	void overrideNeedsAReason() {
		open(fixtures.draftRequisition(position, mining, 2));
		String second = fixtures.draftRequisition(position, mining, 1);

		JsonNode problem = assertProblem(hr.post("/api/v1/requisitions/" + second + "/open", Map.of("override", true)), 400);
		assertThat(errorFields(problem)).containsExactly("reason");
	}

	@Test
	void recruiterCannotOverrideThePlan() {
		open(fixtures.draftRequisition(position, mining, 2));
		String second = fixtures.draftRequisition(position, mining, 1);

		assertProblem(recruiter.post("/api/v1/requisitions/" + second + "/open",
				Map.of("override", true, "reason", "urgent")), 403);
		assertThat(status(second)).isEqualTo("DRAFT");
	}

	@Test
	void requisitionOnHoldFreesItsHeadcount() {
		String first = open(fixtures.draftRequisition(position, mining, 2));
		assertThat(recruiter.post("/api/v1/requisitions/" + first + "/hold", null).json().get("status").asString())
			.isEqualTo("ON_HOLD");
		String second = fixtures.draftRequisition(position, mining, 2);

		assertThat(recruiter.post("/api/v1/requisitions/" + second + "/open", null).status()).isEqualTo(200);
		assertProblem(recruiter.post("/api/v1/requisitions/" + first + "/open", null), 409);
	}

	@Test
	void draftCannotBePutOnHold() {
		String id = fixtures.draftRequisition(position, mining, 1);
		JsonNode problem = assertProblem(recruiter.post("/api/v1/requisitions/" + id + "/hold", null), 409);
		assertThat(problem.get("code").asString()).isEqualTo("recruitment.requisition.illegalTransition");
	}

	@Test
	void closedRequisitionCannotBeReopened() {
		String id = open(fixtures.draftRequisition(position, mining, 1));
		assertThat(recruiter.post("/api/v1/requisitions/" + id + "/close", null).json().get("status").asString())
			.isEqualTo("CLOSED");

		assertProblem(recruiter.post("/api/v1/requisitions/" + id + "/open", null), 409);
		assertProblem(recruiter.post("/api/v1/requisitions/" + id + "/close", null), 409);
	}

	@Test
	void detailCarriesThePositionsCompetencyModel() {
		hr.put("/api/v1/positions/" + position + "/competency-model", RecruitmentFixtures.safetyEngineerModel());
		String id = fixtures.draftRequisition(position, mining, 1);

		JsonNode requisition = recruiter.get("/api/v1/requisitions/" + id).json();
		assertThat(requisition.at("/competencyModel/dimensions/0/name").asString()).isEqualTo("安全意识");
	}

	@Test
	void listFiltersByStatus() {
		String id = open(fixtures.draftRequisition(position, mining, 1));
		JsonNode page = recruiter.get("/api/v1/requisitions?status=OPEN&size=200").json();
		assertThat(page.get("content").valueStream().map(r -> r.get("status").asString())).containsOnly("OPEN");
		assertThat(page.get("content").valueStream().map(r -> r.get("id").asString())).contains(id);
		assertThat(page.at("/page/totalElements").asLong()).isPositive();
	}

	@Test
	void unknownPositionIsAFieldError() {
		JsonNode problem = assertProblem(recruiter.post("/api/v1/requisitions",
				Map.of("positionId", UUID.randomUUID(), "departmentId", mining, "headcount", 1)), 400);
		assertThat(errorFields(problem)).containsExactly("positionId");
	}

	private String open(String id) {
		ApiClient.Response opened = recruiter.post("/api/v1/requisitions/" + id + "/open", null);
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		return id;
	}

	private String status(String id) {
		return recruiter.get("/api/v1/requisitions/" + id).json().get("status").asString();
	}
}
