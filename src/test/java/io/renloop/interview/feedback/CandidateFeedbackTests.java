package io.renloop.interview.feedback;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Candidate feedback: released only as the tenant's settings say, in the interview's language, specific to the
 * dimensions and what the answers did, and never a score, a level, a weight or a rubric text.
 */
@RenloopIntegrationTest
class CandidateFeedbackTests {

	static final String GAS_ANSWER = "发现瓦斯浓度超标，我会立即停止作业，切断工作面电源，组织人员沿避灾路线撤离到新鲜风流处，"
			+ "第一时间报告调度室，说明地点和浓度，绝不擅自处理，等通风队检测确认后再恢复作业。";

	static final String SETTINGS = "/api/v1/interview/settings";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	ApiClient candidate;

	@BeforeEach
	void interview() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		hr = ApiClient.as(port, "hr@demo.example");
		candidate = ApiClient.anonymous(port);
		release("NEVER", null);
	}

	@AfterEach
	void noFeedbackAgain() {
		release("NEVER", null);
	}

	static String api(String token) {
		return "/api/v1/candidate-interview/" + token;
	}

	void release(String release, Integer days) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("feedbackRelease", release);
		settings.put("feedbackDelayDays", days);
		ApiClient.Response saved = hr.put(SETTINGS, settings);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	/** Starts, answers the gas question only (the STAR question stays unanswered) and submits. */
	String submitted() {
		String token = fixtures.startInterview();
		candidate.post(api(token) + "/consent", null);
		candidate.post(api(token) + "/answers", Map.of("questionId", fixtures.gasQuestion, "text", GAS_ANSWER));
		assertThat(candidate.post(api(token) + "/submit", null).status()).isEqualTo(200);
		return token;
	}

	@Test
	void unreleasedFeedbackIsRefusedInTheCandidatesLanguage() {
		String token = submitted();
		JsonNode problem = assertProblem(candidate.inLanguage("en").get(api(token) + "/feedback"), 409);
		assertThat(problem.get("code").asString()).isEqualTo("interview.feedback.notReleased");
		assertThat(problem.get("detail").asString()).as("the interview is in Chinese").contains("暂未开放");
		assertThat(hr.get(SETTINGS).json().get("feedbackRelease").asString()).isEqualTo("NEVER");
	}

	@Test
	void thereIsNoFeedbackBeforeSubmission() {
		release("AFTER_SUBMIT", null);
		String token = fixtures.startInterview();
		candidate.post(api(token) + "/consent", null);
		assertThat(assertProblem(candidate.get(api(token) + "/feedback"), 409).get("code").asString())
			.isEqualTo("interview.feedback.notSubmitted");
		assertProblem(candidate.get(api("not.signed") + "/feedback"), 404);
	}

	@Test
	void releasedFeedbackIsSpecificEncouragingAndFreeOfScoresAndRubricTexts() {
		release("AFTER_SUBMIT", null);
		String token = submitted();
		ApiClient.Response response = candidate.get(api(token) + "/feedback");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode feedback = response.json();
		assertThat(feedback.get("language").asString()).isEqualTo("zh");
		assertThat(feedback.get("strengths").toString()).contains("在安全意识方面");
		assertThat(feedback.get("improvements").get(0).asString()).as("an unanswered question comes first")
			.contains("没有作答");
		assertThat(feedback.get("jobFit").asString()).isNotBlank();
		assertThat(feedback.get("closing").asString()).contains("专人审阅");

		String texts = String.join("\n", texts(feedback));
		assertThat(texts).doesNotContainPattern("[0-9０-９]").doesNotContain("分数", "得分", "等级", "权重", "/100");
		for (String rubricText : rubricTexts(fixtures.gasQuestion)) {
			assertThat(texts).as("no rubric text").doesNotContain(rubricText);
		}
		assertThat(candidate.get(api(token) + "/feedback").body()).as("deterministic").isEqualTo(response.body());
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_id = ? "
				+ "and entity_type = 'InterviewSession' and after_state like '%candidateFeedback%'", Long.class,
				feedback.get("sessionId").asString())).as("reading feedback is audited").isPositive();
	}

	@Test
	void afterDaysWaitsForTheDelay() {
		release("AFTER_DAYS", 1);
		String token = submitted();
		assertProblem(candidate.get(api(token) + "/feedback"), 409);
		release("AFTER_DAYS", 0);
		assertThat(candidate.get(api(token) + "/feedback").status()).isEqualTo(200);
	}

	@Test
	void afterDecisionWaitsUntilAPersonMovedTheApplication() {
		release("AFTER_DECISION", null);
		String token = submitted();
		assertProblem(candidate.get(api(token) + "/feedback"), 409);
		assertThat(hr.post("/api/v1/applications/" + fixtures.application + "/transitions", Map.of("to", "INTERVIEWS"))
			.status()).isEqualTo(200);
		assertThat(candidate.get(api(token) + "/feedback").status()).isEqualTo(200);
	}

	@Test
	void settingsAreValidatedAuditedAndNeverShowTheApiKey() {
		Map<String, Object> reviewer = new HashMap<>(Map.of("feedbackRelease", "AFTER_SUBMIT", "reviewerBaseUrl",
				"http://127.0.0.1:9/v1", "reviewerModel", "qwen-plus", "reviewerApiKey", "sk-feedback-secret",
				"reviewerTimeoutSeconds", 5));
		ApiClient.Response saved = hr.put(SETTINGS, reviewer);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().at("/reviewer/apiKeySet").asBoolean()).isTrue();
		assertThat(saved.body() + hr.get(SETTINGS).body()).doesNotContain("sk-feedback-secret");
		byte[] stored = jdbc.queryForObject("select reviewer_api_key from interview.feedback_settings where tenant_id = ?",
				byte[].class, DEMO);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("sk-feedback-secret");
		assertThat(jdbc.queryForList("select after_state from platform.audit_event where tenant_id = ? and "
				+ "entity_type = 'InterviewFeedbackSettings' order by id desc limit 1", String.class, DEMO).get(0))
			.contains("qwen-plus", "\"reviewerApiKeySet\":true").doesNotContain("sk-feedback-secret");

		reviewer.put("reviewerApiKey", null);
		reviewer.put("reviewerBaseUrl", "");
		assertThat(hr.put(SETTINGS, reviewer).json().at("/reviewer/apiKeySet").asBoolean()).as("null keeps the key")
			.isTrue();
		assertThat(hr.get(SETTINGS).json().at("/reviewer/baseUrl").isNull()).as("blank turns the reviewer off").isTrue();

		assertThat(errorFields(assertProblem(hr.put(SETTINGS, Map.of("feedbackRelease", "AFTER_DAYS")), 400)))
			.containsExactly("feedbackDelayDays");
		assertThat(errorFields(assertProblem(hr.put(SETTINGS, Map.of("feedbackRelease", "NEVER", "reviewerBaseUrl",
				"ftp://example.com", "reviewerModel", "m")), 400))).containsExactly("reviewerBaseUrl");
		assertProblem(ApiClient.as(port, "recruiter@demo.example").get(SETTINGS), 403);
	}

	private static List<String> texts(JsonNode feedback) {
		List<String> texts = new ArrayList<>();
		feedback.get("strengths").forEach(s -> texts.add(s.asString()));
		feedback.get("improvements").forEach(s -> texts.add(s.asString()));
		texts.add(feedback.get("jobFit").asString());
		texts.add(feedback.get("closing").asString());
		return texts;
	}

	private List<String> rubricTexts(String questionId) {
		JsonNode question = hr.get("/api/v1/interview/questions/" + questionId).json();
		List<String> texts = new ArrayList<>();
		question.at("/rubric/keyPoints").forEach(k -> texts.add(k.get("text").asString()));
		question.at("/rubric/mustMention").forEach(m -> texts.add(m.asString()));
		assertThat(texts).hasSizeGreaterThan(4);
		return texts;
	}
}
