package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.renloop.interview.DecisionCommand;
import io.renloop.interview.DecisionCommand.Outcome;
import io.renloop.interview.HiringDecisions;
import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.SystemActor;
import io.renloop.recruitment.Applications;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
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
 * People decide: interviewers' scorecards, the composite of AI and human scores under a requisition's weights, the
 * decisions that move an application (always by a person, with the reason) — and that nothing else moves one.
 */
@RenloopIntegrationTest
class HumanDecisionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HiringDecisions decisions;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	ApiClient interviewer;

	@BeforeEach
	void application() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		hr = ApiClient.as(port, "hr@demo.example");
		interviewer = ApiClient.as(port, "interviewer@demo.example");
		fixtures.assign(new DemoData(jdbc).userId("interviewer@demo.example"));
	}

	String scorecards() {
		return "/api/v1/applications/" + fixtures.application + "/scorecards";
	}

	static Map<String, Object> scorecard(int safety, int teamwork, String recommendation) {
		return Map.of("ratings", List.of(Map.of("dimension", "安全意识", "rating", safety, "comment", "处置步骤完整"),
				Map.of("dimension", "团队协作", "rating", teamwork)), "comment", "总体良好", "recommendation", recommendation);
	}

	@Test
	void anInterviewersSecondScorecardReplacesTheFirst() {
		ApiClient.Response first = interviewer.post(scorecards(), scorecard(4, 5, "YES"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("interviewer").asString()).isEqualTo("interviewer@demo.example");
		assertThat(first.json().get("score").asDouble()).isEqualTo(87.5);

		ApiClient.Response second = interviewer.post(scorecards(), scorecard(2, 3, "NO"));
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(second.json().get("score").asDouble()).isEqualTo(37.5);

		JsonNode list = interviewer.get(scorecards()).json();
		assertThat(list.size()).isEqualTo(1);
		assertThat(list.at("/0/recommendation").asString()).isEqualTo("NO");
		assertThat(jdbc.queryForList("select action from platform.audit_event where entity_type = 'Scorecard' "
				+ "and entity_id = ? order by occurred_at", String.class, first.json().get("id").asString()))
			.containsExactly("CREATE", "UPDATE");
	}

	@Test
	void invalidRatingsAreFieldErrors() {
		JsonNode outOfRange = assertProblem(interviewer.post(scorecards(), scorecard(6, 0, "YES")), 400);
		assertThat(errorFields(outOfRange)).containsExactlyInAnyOrder("ratings[0].rating", "ratings[1].rating");

		JsonNode unknown = assertProblem(interviewer.post(scorecards(), Map.of("ratings",
				List.of(Map.of("dimension", "沟通表达", "rating", 3), Map.of("dimension", "安全意识", "rating", 3),
						Map.of("dimension", "安全意识", "rating", 4)), "recommendation", "YES")), 400);
		assertThat(errorFields(unknown)).containsExactly("ratings[0].dimension", "ratings[2].dimension");

		assertThat(errorFields(assertProblem(interviewer.post(scorecards(), Map.of("ratings", List.of())), 400)))
			.contains("ratings", "recommendation");
		assertThat(interviewer.get(scorecards()).json().size()).isZero();
	}

	@Test
	void onlyRolesWithScorecardWriteSubmitScorecards() {
		assertProblem(ApiClient.as(port, "employee@demo.example").post(scorecards(), scorecard(3, 3, "YES")), 403);
		assertProblem(ApiClient.as(port, "manager@demo.example").post(scorecards(), scorecard(3, 3, "YES")), 403);
		assertThat(ApiClient.as(port, "recruiter@demo.example").post(scorecards(), scorecard(3, 3, "YES")).status())
			.isEqualTo(201);
		assertProblem(interviewer.post("/api/v1/applications/" + UUID.randomUUID() + "/scorecards", scorecard(3, 3, "YES")), 404);
	}

	@Test
	void acmeCannotRateOrReadADemoApplication() {
		ApiClient acme = ApiClient.as(port, "hr@acme.example");
		assertProblem(acme.post(scorecards(), scorecard(5, 5, "STRONG_YES")), 404);
		interviewer.post(scorecards(), scorecard(4, 4, "YES"));
		assertProblem(acme.get(scorecards()), 404);
		assertProblem(acme.get("/api/v1/applications/" + fixtures.application + "/assessment"), 404);
		assertThat(jdbc.queryForObject("select count(*) from interview.scorecard where application_id = ?::uuid",
				Long.class, fixtures.application)).isEqualTo(1);
	}

	@Test
	void compositeUsesWhatExistsAndTheRequisitionsWeights() {
		String assessment = "/api/v1/applications/" + fixtures.application + "/assessment";
		JsonNode nothing = hr.get(assessment).json();
		assertThat(nothing.get("basis").asString()).isEqualTo("NONE");
		assertThat(nothing.get("composite").isNull()).isTrue();
		assertThat(nothing.at("/weights/ai").asInt()).isEqualTo(40);
		assertThat(nothing.at("/weights/human").asInt()).isEqualTo(60);

		interviewer.post(scorecards(), scorecard(4, 5, "YES")); // 87.5
		hr.post(scorecards(), scorecard(3, 2, "NO")); // 37.5
		JsonNode humansOnly = hr.get(assessment).json();
		assertThat(humansOnly.get("humanScore").asDouble()).isEqualTo(62.5);
		assertThat(humansOnly.get("aiScore").isNull()).isTrue();
		assertThat(humansOnly.get("composite").asDouble()).isEqualTo(62.5);
		assertThat(humansOnly.get("basis").asString()).isEqualTo("HUMANS_ONLY");
		assertThat(humansOnly.at("/effectiveWeights/human").asInt()).isEqualTo(100);
		assertThat(humansOnly.get("scorecards").asInt()).isEqualTo(2);

		submitInterview(CandidateInterviewFlowTests.GAS_ANSWER);
		JsonNode both = hr.get(assessment).json();
		double ai = both.get("aiScore").asDouble();
		assertThat(ai).isEqualTo(jdbc.queryForObject("select overall from interview.session where application_id = ?::uuid "
				+ "and status = 'SUBMITTED'", Double.class, fixtures.application));
		assertThat(both.get("composite").asDouble()).isEqualTo(Math.round((0.4 * ai + 0.6 * 62.5) * 10) / 10.0);
		assertThat(both.get("basis").asString()).isEqualTo("BOTH");
		assertThat(both.get("aiRecommendation").asString()).isIn("ADVANCE", "REVIEW");

		String weights = "/api/v1/requisitions/" + fixtures.requisition + "/assessment-weights";
		assertThat(hr.put(weights, Map.of("ai", 25, "human", 75)).status()).isEqualTo(200);
		assertThat(hr.get(weights).json().get("ai").asInt()).isEqualTo(25);
		assertThat(hr.get(assessment).json().get("composite").asDouble())
			.isEqualTo(Math.round((0.25 * ai + 0.75 * 62.5) * 10) / 10.0);
		assertThat(jdbc.queryForObject("select stage from recruitment.application where id = ?::uuid", String.class,
				fixtures.application)).as("an assessment changes no stage").isEqualTo("AI_INTERVIEW");
	}

	@Test
	void weightsAreZeroToHundredAndAddUpToHundred() {
		String weights = "/api/v1/requisitions/" + fixtures.requisition + "/assessment-weights";
		assertThat(errorFields(assertProblem(hr.put(weights, Map.of("ai", 50, "human", 60)), 400))).containsExactly("human");
		assertThat(errorFields(assertProblem(hr.put(weights, Map.of("ai", 101, "human", -1)), 400)))
			.containsExactlyInAnyOrder("ai", "human");
		assertProblem(interviewer.put(weights, Map.of("ai", 50, "human", 50)), 403);
		assertProblem(hr.put("/api/v1/requisitions/" + UUID.randomUUID() + "/assessment-weights",
				Map.of("ai", 50, "human", 50)), 404);
		assertThat(hr.get(weights).json().get("human").asInt()).isEqualTo(60);
	}

	@Test
	void aDecisionMovesTheApplicationAndRecordsWhoAndWhy() {
		String decide = "/api/v1/applications/" + fixtures.application + "/decision";
		submitInterview(CandidateInterviewFlowTests.GAS_ANSWER);
		assertThat(errorFields(assertProblem(hr.post(decide, Map.of("outcome", "REJECT")), 400))).containsExactly("reason");
		assertProblem(interviewer.post(decide, Map.of("outcome", "ADVANCE")), 403);

		ApiClient.Response hold = hr.post(decide, Map.of("outcome", "HOLD", "reason", "等面试官评分"));
		assertThat(hold.status()).as(hold.body()).isEqualTo(201);
		assertThat(hold.json().get("toStage").asString()).isEqualTo("AI_INTERVIEW");

		JsonNode advanced = hr.post(decide, Map.of("outcome", "ADVANCE", "reason", "AI 面试达标，进入业务面试")).json();
		assertThat(advanced.get("fromStage").asString()).isEqualTo("AI_INTERVIEW");
		assertThat(advanced.get("toStage").asString()).isEqualTo("INTERVIEWS");
		assertThat(advanced.get("decidedBy").asString()).isEqualTo("hr@demo.example");
		assertThat(advanced.get("aiScore").isNull()).isFalse();
		Map<String, Object> history = jdbc.queryForMap("select actor, reason from recruitment.application_history "
				+ "where application_id = ?::uuid and to_stage = 'INTERVIEWS'", fixtures.application);
		assertThat(history).containsEntry("actor", "hr@demo.example").containsEntry("reason", "AI 面试达标，进入业务面试");

		JsonNode rejected = hr.post(decide, Map.of("outcome", "REJECT", "reason", "业务面试：现场处置经验不足")).json();
		assertThat(rejected.get("toStage").asString()).isEqualTo("REJECTED");
		assertProblem(hr.post(decide, Map.of("outcome", "ADVANCE")), 409);
		JsonNode recorded = hr.get("/api/v1/applications/" + fixtures.application + "/assessment").json().get("decisions");
		assertThat(recorded.valueStream().map(d -> d.get("outcome").asString())).containsExactly("REJECT", "ADVANCE", "HOLD");
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'HiringDecision' "
				+ "and action = 'DECIDE' and actor = 'hr@demo.example' and entity_id = ?", Long.class,
				rejected.get("id").asString())).isEqualTo(1);
	}

	@Test
	void noStageChangesWithoutAPerson() {
		submitInterview("");
		assertThat(jdbc.queryForObject("select stage from recruitment.application where id = ?::uuid", String.class,
				fixtures.application)).as("a weak AI interview rejects nobody").isEqualTo("AI_INTERVIEW");
		assertThat(hr.get("/api/v1/applications/" + fixtures.application + "/assessment").json()
			.get("aiRecommendation").asString()).isEqualTo("REVIEW");

		assertThatThrownBy(() -> SystemActor.callAs(DEMO, () -> decisions.decide(UUID.fromString(fixtures.application),
				new DecisionCommand(Outcome.REJECT, "automatisch"))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThat(jdbc.queryForObject("select stage from recruitment.application where id = ?::uuid", String.class,
				fixtures.application)).isEqualTo("AI_INTERVIEW");
	}

	@Test
	void onlyAPersonsActionsMoveApplicationsFromTheInterviewModule() {
		JavaClasses interview = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.renloop.interview");
		List<String> callers = interview.stream()
			.flatMap(type -> type.getMethodCallsFromSelf().stream())
			.filter(call -> call.getTargetOwner().isEquivalentTo(Applications.class))
			.filter(call -> call.getName().startsWith("move"))
			.map(call -> call.getOriginOwner().getSimpleName())
			.distinct()
			.sorted()
			.toList();
		// an HR user starting an AI interview moves SCREENED → AI_INTERVIEW; a person's decision does the rest
		assertThat(callers).containsExactly("DefaultHiringDecisions", "DefaultInterviewSessions");
	}

	private void submitInterview(String answer) {
		String token = fixtures.startInterview();
		ApiClient candidate = ApiClient.anonymous(port);
		String api = "/api/v1/candidate-interview/" + token;
		candidate.post(api + "/consent", null);
		candidate.post(api + "/answers", Map.of("questionId", fixtures.gasQuestion, "text", answer));
		assertThat(candidate.post(api + "/submit", null).status()).isEqualTo(200);
	}
}
