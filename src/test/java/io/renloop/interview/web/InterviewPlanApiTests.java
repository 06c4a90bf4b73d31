package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Interview plans: weights default to the competency model, questions are renumbered in their order, and
 * invalid plans are refused with one problem per field.
 */
@RenloopIntegrationTest
class InterviewPlanApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	@BeforeEach
	void requisition() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"));
		hr = ApiClient.as(port, "hr@demo.example");
	}

	String plan() {
		return "/api/v1/requisitions/" + fixtures.requisition + "/interview-plan";
	}

	@Test
	void requisitionWithoutPlanHasNone() {
		assertProblem(hr.get(plan()), 404);
	}

	@Test
	void weightsDefaultToTheCompetencyModelAndQuestionsAreNumberedInOrder() {
		ApiClient.Response put = hr.put(plan(), fixtures.plan());
		assertThat(put.status()).as(put.body()).isEqualTo(200);

		JsonNode read = hr.get(plan()).json();
		assertThat(read.get("requisitionId").asString()).isEqualTo(fixtures.requisition);
		assertThat(read.at("/questions/0/questionId").asString()).isEqualTo(fixtures.gasQuestion);
		assertThat(read.at("/questions/0/order").asInt()).isEqualTo(1);
		assertThat(read.at("/questions/1/questionId").asString()).isEqualTo(fixtures.starQuestion);
		assertThat(read.at("/questions/1/order").asInt()).isEqualTo(2);
		assertThat(read.at("/dimensionWeights/0/dimension").asString()).isEqualTo("安全意识");
		assertThat(read.at("/dimensionWeights/0/weight").decimalValue()).isEqualByComparingTo("0.6");
		assertThat(read.at("/dimensionWeights/1/weight").decimalValue()).isEqualByComparingTo("0.4");
		assertThat(read.get("passThreshold").asInt()).isEqualTo(60);
	}

	@Test
	void explicitWeightsReplaceThePlanAndAreAudited() {
		hr.put(plan(), fixtures.plan());
		ApiClient.Response put = hr.put(plan(), Map.of("questions", List.of(Map.of("questionId", fixtures.gasQuestion,
				"order", 1)), "dimensionWeights", List.of(Map.of("dimension", "安全意识", "weight", 0.995)),
				"passThreshold", 70, "timeLimitMinutes", 20));
		assertThat(put.status()).as(put.body()).isEqualTo(200);
		assertThat(put.json().get("questions").size()).isEqualTo(1);
		assertThat(put.json().get("timeLimitMinutes").asInt()).isEqualTo(20);
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'InterviewPlan' "
				+ "and entity_id = ?", Long.class, fixtures.requisition)).isEqualTo(2);
	}

	@Test
	void unknownAndRepeatedQuestionsAreFieldErrors() {
		JsonNode problem = assertProblem(hr.put(plan(), Map.of("questions", List.of(
				Map.of("questionId", fixtures.gasQuestion, "order", 1), Map.of("questionId", fixtures.gasQuestion, "order", 2),
				Map.of("questionId", UUID.randomUUID(), "order", 3)), "passThreshold", 60)), 400);
		assertThat(errorFields(problem)).containsExactlyInAnyOrder("questions[1].questionId", "questions[2].questionId");
	}

	@Test
	void weightsMustAddUpToOneAndCoverTheQuestions() {
		JsonNode problem = assertProblem(hr.put(plan(), Map.of("questions", List.of(
				Map.of("questionId", fixtures.gasQuestion, "order", 1), Map.of("questionId", fixtures.starQuestion, "order", 2)),
				"dimensionWeights", List.of(Map.of("dimension", "安全意识", "weight", 0.8)), "passThreshold", 60)), 400);
		assertThat(errorFields(problem)).containsOnly("dimensionWeights");
		assertThat(problem.get("errors").size()).isEqualTo(2);
	}

	@Test
	void questionCountAndThresholdAreBounded() {
		assertThat(errorFields(assertProblem(hr.put(plan(), Map.of("questions", List.of(), "passThreshold", 60)), 400)))
			.containsExactly("questions");
		List<Map<String, Object>> many = IntStream.rangeClosed(1, 21)
			.mapToObj(i -> Map.<String, Object>of("questionId", UUID.randomUUID(), "order", i))
			.toList();
		assertThat(errorFields(assertProblem(hr.put(plan(), Map.of("questions", many, "passThreshold", 60)), 400)))
			.containsExactly("questions");
		assertThat(errorFields(assertProblem(hr.put(plan(), Map.of("questions", List.of(Map.of("questionId",
				fixtures.gasQuestion, "order", 1)), "passThreshold", 101)), 400))).containsExactly("passThreshold");
	}

	@Test
	void unknownRequisitionIsNotFound() {
		assertProblem(hr.put("/api/v1/requisitions/" + UUID.randomUUID() + "/interview-plan", fixtures.plan()), 404);
	}
}
