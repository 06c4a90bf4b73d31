package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.renloop.interview.AudioSamples;
import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a speech-to-text service configured (a local stub), a recording is transcribed in the background after
 * its upload; the transcript is stored sealed and shown to HR as a machine transcript, the scores stay those of the
 * typed answers, and a failing service leaves the transcript FAILED with its reason while the upload succeeded.
 */
@RenloopIntegrationTest
class AnswerTranscriptionTests {

	static final String SPOKEN = "我会立即停止作业并报告调度室";

	static final HttpServer STUB = stub();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void speechToText(DynamicPropertyRegistry registry) {
		registry.add("renloop.speech-to-text.base-url", () -> "http://127.0.0.1:" + STUB.getAddress().getPort());
		registry.add("renloop.speech-to-text.timeout", () -> "5s");
	}

	/** Transcribes everything to {@link #SPOKEN}, except audio containing FAIL, which gets a 503. */
	static HttpServer stub() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/v1/audio/transcriptions", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
				boolean fail = body.contains("FAIL");
				byte[] answer = (fail ? "{\"error\":\"busy\"}" : "{\"text\":\"" + SPOKEN + "\"}")
					.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
				exchange.getResponseBody().write(answer);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void stopStub() {
		STUB.stop(0);
	}

	@Test
	void recordingsAreTranscribedInTheBackgroundAndNeverScored() throws InterruptedException {
		var fixtures = new InterviewSessionFixtures(port, "hr@demo.example",
				new DemoData(jdbc).departmentId(DEMO, "MINING")).withPlan();
		String token = fixtures.startInterview();
		ApiClient candidate = ApiClient.anonymous(port);
		String api = "/api/v1/candidate-interview/" + token;
		String session = candidate.post(api + "/consent", null).json().get("sessionId").asString();
		candidate.post(api + "/answers", Map.of("questionId", fixtures.gasQuestion, "text", "不知道"));

		byte[] failing = AudioSamples.oggOpus(600);
		System.arraycopy("FAIL".getBytes(StandardCharsets.US_ASCII), 0, failing, 100, 4);
		assertThat(upload(candidate, api, fixtures.gasQuestion, AudioSamples.oggOpus(800)).status()).isEqualTo(200);
		assertThat(upload(candidate, api, fixtures.starQuestion, failing).status()).isEqualTo(200);

		assertThat(statusOnceSettled(session, fixtures.gasQuestion)).isEqualTo("DONE");
		assertThat(statusOnceSettled(session, fixtures.starQuestion)).isEqualTo("FAILED");
		assertThat(jdbc.queryForObject("select transcript_failure from interview.answer_audio where session_id = ?::uuid "
				+ "and question_id = ?::uuid", String.class, session, fixtures.starQuestion)).contains("HTTP 503");
		assertThat(new String(jdbc.queryForObject("select sealed_transcript from interview.answer_audio "
				+ "where session_id = ?::uuid and question_id = ?::uuid", byte[].class, session, fixtures.gasQuestion),
				StandardCharsets.UTF_8)).doesNotContain(SPOKEN);

		candidate.post(api + "/submit", null);
		assertThat(jdbc.queryForObject("select score from interview.session_answer where session_id = ?::uuid "
				+ "and question_id = ?::uuid", Integer.class, session, fixtures.gasQuestion))
			.as("the typed answer alone is scored").isLessThan(20);

		BrowserSession browser = new BrowserSession(port);
		browser.signIn("hr@demo.example", ApiClient.PASSWORD);
		String page = browser.get("/interview/sessions/" + session).body();
		assertThat(page).contains(SPOKEN).contains("class=\"transcript\"").contains("HTTP 503");
	}

	private static ApiClient.Response upload(ApiClient candidate, String api, String questionId, byte[] audio) {
		AudioSamples.Upload upload = AudioSamples.upload(audio, "audio/ogg", Map.of("durationSeconds", "4"));
		return candidate.send("POST", api + "/answers/" + questionId + "/audio", upload.body(), upload.contentType());
	}

	private String statusOnceSettled(String session, String questionId) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		String status;
		do {
			status = jdbc.queryForObject("select transcript_status from interview.answer_audio where session_id = ?::uuid "
					+ "and question_id = ?::uuid", String.class, session, questionId);
			if (!"PENDING".equals(status)) {
				return status;
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(until));
		return status;
	}
}
