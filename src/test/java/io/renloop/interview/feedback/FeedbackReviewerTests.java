package io.renloop.interview.feedback;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional wording reviewer against a local stub of an OpenAI-compatible chat-completions endpoint: it gets
 * the feedback and the dimension names and nothing about the candidate, its draft replaces the wording only when it
 * passes the checks, any failure or timeout falls back to the rule-based words, and scores never change.
 */
@RenloopIntegrationTest
class FeedbackReviewerTests {

	static final String DRAFT_STRENGTH = "在安全意识方面，您的思路非常清晰，考虑得很周到，值得肯定。";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	HttpServer stub;

	java.util.concurrent.ExecutorService stubThreads;

	final List<JsonNode> requests = new CopyOnWriteArrayList<>();

	/** What the stub answers to a request: the assistant's text, or null for an HTTP 500. */
	volatile Function<JsonNode, String> answer;

	volatile long delayMillis;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	@BeforeEach
	void stubAndInterview() throws IOException {
		stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		stub.createContext("/v1/chat/completions", exchange -> {
			JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
			requests.add(request);
			sleep(delayMillis);
			String content = answer.apply(request);
			byte[] body = content == null ? "{\"error\":{\"message\":\"boom\"}}".getBytes(StandardCharsets.UTF_8)
					: completion(request, content);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(content == null ? 500 : 200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		stubThreads = java.util.concurrent.Executors.newFixedThreadPool(4);
		stub.setExecutor(stubThreads);
		stub.start();
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		hr = ApiClient.as(port, "hr@demo.example");
	}

	@AfterEach
	void stopStub() {
		stub.stop(0);
		stubThreads.shutdownNow();
		Map<String, Object> off = new HashMap<>();
		off.put("feedbackRelease", "NEVER");
		off.put("reviewerBaseUrl", "");
		off.put("reviewerApiKey", "");
		assertThat(hr.put("/api/v1/interview/settings", off).status()).isEqualTo(200);
	}

	void reviewerOn(int timeoutSeconds) {
		ApiClient.Response saved = hr.put("/api/v1/interview/settings", Map.of("feedbackRelease", "AFTER_SUBMIT",
				"reviewerBaseUrl", "http://127.0.0.1:" + stub.getAddress().getPort() + "/v1", "reviewerModel",
				"stub-model", "reviewerApiKey", "sk-stub", "reviewerTimeoutSeconds", timeoutSeconds));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	String submitted() {
		String url = hr.post("/api/v1/applications/" + fixtures.application + "/ai-interview", null).json()
			.get("candidateUrl").asString();
		String token = url.substring(url.lastIndexOf('/') + 1);
		ApiClient candidate = ApiClient.anonymous(port);
		candidate.post(CandidateFeedbackTests.api(token) + "/consent", null);
		candidate.post(CandidateFeedbackTests.api(token) + "/answers",
				Map.of("questionId", fixtures.gasQuestion, "text", CandidateFeedbackTests.GAS_ANSWER));
		assertThat(candidate.post(CandidateFeedbackTests.api(token) + "/submit", null).status()).isEqualTo(200);
		return token;
	}

	JsonNode feedback(String token) {
		ApiClient.Response response = ApiClient.anonymous(port).get(CandidateFeedbackTests.api(token) + "/feedback");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** A well-behaved reviewer: the same items, the first strength reworded. */
	String goodDraft(JsonNode request) {
		JsonNode input = json.readTree(request.at("/messages/1/content").asString());
		List<String> strengths = new java.util.ArrayList<>();
		input.get("strengths").forEach(s -> strengths.add(s.asString()));
		strengths.set(0, DRAFT_STRENGTH);
		return json.writeValueAsString(Map.of("strengths", strengths, "improvements", input.get("improvements"),
				"jobFit", input.get("jobFit").asString()));
	}

	@Test
	void theCandidateReadsTheReviewersDraftAndTheReviewerSeesNothingPersonal() {
		answer = this::goodDraft;
		reviewerOn(5);
		String token = submitted();
		JsonNode feedback = feedback(token);
		assertThat(feedback.at("/strengths/0").asString()).isEqualTo(DRAFT_STRENGTH);

		assertThat(requests).hasSize(1);
		JsonNode request = requests.get(0);
		assertThat(request.get("model").asString()).isEqualTo("stub-model");
		assertThat(request.at("/messages/0/role").asString()).isEqualTo("system");
		assertThat(request.at("/messages/1/role").asString()).isEqualTo("user");
		String sent = request.toString();
		Map<String, Object> candidate = jdbc.queryForMap("select name, phone from recruitment.candidate where id = ?::uuid",
				fixtures.candidate);
		assertThat(sent).contains("安全意识").doesNotContain((String) candidate.get("name"))
			.doesNotContain((String) candidate.get("phone"))
			.doesNotContain("立即停止作业，切断工作面电源")
			.doesNotContain(CandidateFeedbackTests.GAS_ANSWER.substring(0, 12))
			.doesNotContainPattern("\"(score|overall|level|weight)\"");
	}

	@Test
	void aFailingSlowOrUnfaithfulReviewerFallsBackToTheRuleBasedWords() {
		answer = request -> null;
		reviewerOn(1);
		String token = submitted();
		JsonNode failing = feedback(token);
		assertThat(failing.at("/strengths/0").asString()).isNotEqualTo(DRAFT_STRENGTH).contains("安全意识");

		answer = this::goodDraft;
		delayMillis = 2_500;
		assertThat(feedback(token)).as("a timeout").isEqualTo(failing);
		delayMillis = 0;

		answer = request -> goodDraft(request).replace(DRAFT_STRENGTH, "在安全意识方面，您得了 95 分，表现优秀。");
		assertThat(feedback(token)).as("an invented number").isEqualTo(failing);
		answer = request -> goodDraft(request).replace(DRAFT_STRENGTH, "In 安全意识, you did very well indeed.");
		assertThat(feedback(token)).as("the wrong language").isEqualTo(failing);
		answer = request -> "Sorry, I cannot help with that.";
		assertThat(feedback(token)).as("no JSON").isEqualTo(failing);
		answer = this::goodDraft;
		assertThat(feedback(token).at("/strengths/0").asString()).isEqualTo(DRAFT_STRENGTH);
	}

	@Test
	void scoresAreTheSameWithAndWithoutTheReviewer() {
		answer = this::goodDraft;
		String without = sessionOf(submitted());
		reviewerOn(5);
		String token = submitted();
		assertThat(feedback(token).at("/strengths/0").asString()).isEqualTo(DRAFT_STRENGTH);
		String with = sessionOf(token);
		JsonNode a = hr.get("/api/v1/ai-interviews/" + without + "/report").json();
		JsonNode b = hr.get("/api/v1/ai-interviews/" + with + "/report").json();
		assertThat(b.get("overall")).isEqualTo(a.get("overall"));
		assertThat(b.get("dimensions")).isEqualTo(a.get("dimensions"));
		assertThat(b.get("jobFit")).isEqualTo(a.get("jobFit"));
		assertThat(scores(with)).isEqualTo(scores(without)).isNotEmpty();
	}

	private List<Integer> scores(String sessionId) {
		return jdbc.queryForList("select score from interview.session_answer where session_id = ?::uuid order by position",
				Integer.class, sessionId);
	}

	private String sessionOf(String token) {
		return ApiClient.anonymous(port).get(CandidateFeedbackTests.api(token)).json().get("sessionId").asString();
	}

	private byte[] completion(JsonNode request, String content) {
		Map<String, Object> body = Map.of("id", "chatcmpl-stub", "object", "chat.completion", "created", 1_700_000_000,
				"model", request.get("model").asString(), "choices", List.of(Map.of("index", 0, "message",
						Map.of("role", "assistant", "content", content), "finish_reason", "stop")),
				"usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20));
		return json.writeValueAsBytes(body);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
