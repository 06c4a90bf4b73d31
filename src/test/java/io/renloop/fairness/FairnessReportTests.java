package io.renloop.fairness;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Candidates self-report through their interview link; the fairness report counts selection per group against
 * hand-computed figures; the answers are sealed, audited without content, and never change a score or a match.
 */
@RenloopIntegrationTest
class FairnessReportTests {

	static final String GAS_ANSWER = "发现瓦斯浓度超标，我会立即停止作业，切断工作面电源，组织人员撤离，报告调度室，绝不擅自处理。";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	ApiClient candidate;

	@BeforeEach
	void requisitionWithPlan() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		hr = ApiClient.as(port, "hr@demo.example");
		candidate = ApiClient.anonymous(port);
	}

	String apply() {
		ApiClient.Response receipt = hr.post("/api/v1/requisitions/" + fixtures.requisition + "/applications",
				Map.of("name", "公平 候选人", "phone", "137" + String.format("%08d",
						Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)), "channel", "OTHER",
						"consent", true));
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
		return receipt.json().get("applicationId").asString();
	}

	/** The token of an interview started for an application still in APPLIED (its stage does not change). */
	String interview(String application) {
		ApiClient.Response started = hr.post("/api/v1/applications/" + application + "/ai-interview", null);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		String url = started.json().get("candidateUrl").asString();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	void selfReport(String token, String gender, String ageBand) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("gender", gender);
		answers.put("ageBand", ageBand);
		ApiClient.Response saved = candidate.post("/api/v1/candidate-interview/" + token + "/self-report", answers);
		assertThat(saved.status()).as(saved.body()).isEqualTo(204);
	}

	void move(String application, String... stages) {
		for (String stage : stages) {
			Map<String, Object> body = new HashMap<>(Map.of("to", stage));
			if (stage.equals("REJECTED")) {
				body.put("reason", "fairness test");
			}
			ApiClient.Response moved = hr.post("/api/v1/applications/" + application + "/transitions", body);
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		}
	}

	/** Applies, self-reports through the interview link, then moves through the stages. */
	String applicant(String gender, String ageBand, String... stages) {
		String application = apply();
		if (gender != null) {
			selfReport(interview(application), gender, ageBand);
		}
		move(application, stages);
		return application;
	}

	JsonNode report(String stage) {
		ApiClient.Response response = hr.get("/api/v1/analytics/fairness?requisitionId=" + fixtures.requisition
				+ "&stage=" + stage);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static JsonNode group(JsonNode report, String attribute, String group) {
		for (JsonNode a : report.get("attributes")) {
			if (a.get("attribute").asString().equals(attribute)) {
				for (JsonNode g : a.get("groups")) {
					if (g.get("group").asString().equals(group)) {
						return g;
					}
				}
			}
		}
		throw new AssertionError(attribute + " " + group + " in " + report);
	}

	/** "applicants selected rate ratio flag", rates and ratios with four decimals or null. */
	static String figures(JsonNode group) {
		return group.get("applicants").asLong() + " " + group.get("selected").asLong() + " "
				+ decimal(group.path("selectionRate")) + " " + decimal(group.path("impactRatio")) + " "
				+ group.get("flag").asString();
	}

	static String decimal(JsonNode number) {
		return number.isNumber() ? number.decimalValue().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString()
				: "null";
	}

	@Test
	void selectionRatesAndImpactRatiosMatchHandComputedFigures() {
		// women: 2 reached INTERVIEWS (one rejected afterwards), 1 SCREENED, 2 APPLIED
		applicant("FEMALE", "FROM_25_TO_34", "SCREENED", "INTERVIEWS", "REJECTED");
		applicant("FEMALE", "FROM_25_TO_34", "SCREENED", "INTERVIEWS");
		applicant("FEMALE", "FROM_25_TO_34", "SCREENED");
		applicant("FEMALE", "FROM_25_TO_34");
		applicant("FEMALE", "FROM_25_TO_34");
		// men: 4 reached INTERVIEWS, 1 APPLIED
		for (int i = 0; i < 4; i++) {
			applicant("MALE", "FROM_35_TO_44", "SCREENED", "INTERVIEWS");
		}
		applicant("MALE", "FROM_35_TO_44");
		// one other gender, too few to judge; one prefers not to say; the fixture's application never reported
		applicant("OTHER", null, "SCREENED", "INTERVIEWS");
		applicant("PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY");

		JsonNode interviews = report("INTERVIEWS");
		assertThat(interviews.get("requisitionId").asString()).isEqualTo(fixtures.requisition);
		assertThat(interviews.get("minimumGroupSize").asInt()).isEqualTo(5);
		// 2/5 = 0.4 against 4/5 = 0.8: ratio 0.5, adverse
		assertThat(figures(group(interviews, "GENDER", "FEMALE"))).isEqualTo("5 2 0.4000 0.5000 ADVERSE_IMPACT");
		assertThat(figures(group(interviews, "GENDER", "MALE"))).isEqualTo("5 4 0.8000 1.0000 OK");
		assertThat(figures(group(interviews, "GENDER", "OTHER"))).isEqualTo("1 1 1.0000 null INSUFFICIENT_DATA");
		assertThat(figures(group(interviews, "GENDER", "NOT_REPORTED"))).isEqualTo("2 0 0.0000 null NOT_COMPARED");
		// the age band of the "other" applicant was not given: it counts as not reported there
		assertThat(figures(group(interviews, "AGE_BAND", "FROM_25_TO_34"))).isEqualTo("5 2 0.4000 0.5000 ADVERSE_IMPACT");
		assertThat(figures(group(interviews, "AGE_BAND", "NOT_REPORTED"))).isEqualTo("3 1 0.3333 null NOT_COMPARED");
		assertThat(figures(group(interviews, "AGE_BAND", "UNDER_25"))).isEqualTo("0 0 null null INSUFFICIENT_DATA");

		JsonNode screened = report("SCREENED");
		// 3/5 = 0.6 against 4/5 = 0.8: ratio 0.75, below four fifths; the fixture's application was screened
		assertThat(figures(group(screened, "GENDER", "FEMALE"))).isEqualTo("5 3 0.6000 0.7500 ADVERSE_IMPACT");
		assertThat(figures(group(screened, "GENDER", "NOT_REPORTED"))).isEqualTo("2 1 0.5000 null NOT_COMPARED");

		JsonNode hired = report("HIRED");
		assertThat(figures(group(hired, "GENDER", "MALE"))).isEqualTo("5 0 0.0000 null OK");

		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where tenant_id = ? and "
				+ "action = 'READ_SENSITIVE' and entity_type = 'FairnessReport' and entity_id = ?", Long.class, DEMO,
				fixtures.requisition)).isEqualTo(3);
	}

	@Test
	void selfReportsAreVoluntarySealedAuditedWithoutContentAndReplaceable() {
		String application = apply();
		String token = interview(application);
		JsonNode form = candidate.get("/api/v1/candidate-interview/" + token + "/self-report").json();
		assertThat(form.get("language").asString()).isEqualTo("zh");
		assertThat(form.get("intro").asString()).contains("自愿");
		assertThat(form.get("submitted").asBoolean()).isFalse();
		assertThat(form.get("genders").toString()).contains("PREFER_NOT_TO_SAY", "不愿透露");

		selfReport(token, "FEMALE", "UNDER_25");
		selfReport(token, "MALE", null);
		assertThat(candidate.get("/api/v1/candidate-interview/" + token + "/self-report").json().get("submitted")
			.asBoolean()).isTrue();
		Map<String, Object> stored = jdbc.queryForMap("select tenant_id, gender, age_band from fairness.self_report "
				+ "where application_id = ?::uuid", application);
		assertThat(stored.get("tenant_id")).isEqualTo(DEMO);
		assertThat(new String((byte[]) stored.get("gender"), StandardCharsets.ISO_8859_1)).doesNotContain("MALE");
		assertThat(new String((byte[]) stored.get("age_band"), StandardCharsets.ISO_8859_1)).doesNotContain("PREFER");
		assertThat(jdbc.queryForList("select after_state from platform.audit_event where tenant_id = ? and "
				+ "entity_type = 'SelfReport' and after_state like ?", String.class, DEMO, "%" + application + "%"))
			.hasSize(2)
			.allSatisfy(state -> assertThat(state).doesNotContain("MALE", "UNDER_25"));
		assertThat(figures(group(report("SCREENED"), "GENDER", "MALE"))).startsWith("1 0");
		assertThat(figures(group(report("SCREENED"), "AGE_BAND", "NOT_REPORTED"))).as("a missing answer")
			.startsWith("2 ");

		assertProblem(candidate.post("/api/v1/candidate-interview/not.signed/self-report", Map.of("gender", "MALE")), 404);
	}

	@Test
	void selfReportsNeverChangeAScoreOrAMatch() {
		String reported = apply();
		String silent = apply();
		String before = hr.get("/api/v1/requisitions/" + fixtures.requisition + "/matches?size=50").body();
		String reportedToken = interview(reported);
		String silentToken = interview(silent);
		selfReport(reportedToken, "FEMALE", "FROM_55");
		assertThat(hr.get("/api/v1/requisitions/" + fixtures.requisition + "/matches?size=50").body()).isEqualTo(before);

		List<JsonNode> reports = new ArrayList<>();
		for (String token : List.of(reportedToken, silentToken)) {
			String api = "/api/v1/candidate-interview/" + token;
			candidate.post(api + "/consent", null);
			candidate.post(api + "/answers", Map.of("questionId", fixtures.gasQuestion, "text", GAS_ANSWER));
			String session = candidate.post(api + "/submit", null).json().get("sessionId").asString();
			reports.add(hr.get("/api/v1/ai-interviews/" + session + "/report").json());
		}
		assertThat(reports.get(0).get("overall")).isEqualTo(reports.get(1).get("overall"));
		assertThat(reports.get(0).get("dimensions")).isEqualTo(reports.get(1).get("dimensions"));
		assertThat(reports.get(0).get("overall").asDouble()).isPositive();
	}

	@Test
	void theReportIsForHrAdminsAndKnowsItsStages() {
		assertProblem(ApiClient.as(port, "recruiter@demo.example").get("/api/v1/analytics/fairness?stage=HIRED"), 403);
		assertThat(errorFields(assertProblem(hr.get("/api/v1/analytics/fairness?stage=REJECTED"), 400)))
			.containsExactly("stage");
		assertProblem(hr.get("/api/v1/analytics/fairness?stage=HIRED&requisitionId=" + UUID.randomUUID()), 404);
		JsonNode all = hr.get("/api/v1/analytics/fairness?stage=HIRED").json();
		assertThat(all.path("requisitionId").isMissingNode() || all.get("requisitionId").isNull()).isTrue();
		long applications = jdbc.queryForObject("select count(*) from recruitment.application where tenant_id = ?",
				Long.class, DEMO);
		long counted = 0;
		for (JsonNode g : all.at("/attributes/0/groups")) {
			counted += g.get("applicants").asLong();
		}
		assertThat(counted).as("every application of the tenant, once per attribute").isEqualTo(applications);
	}
}
