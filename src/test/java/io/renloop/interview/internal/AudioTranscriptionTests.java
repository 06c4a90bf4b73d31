package io.renloop.interview.internal;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.renloop.interview.AudioSamples;
import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.interview.SpeechToText;
import io.renloop.interview.internal.speech.OpenAiCompatibleSpeechToText;
import io.renloop.interview.internal.speech.SpeechToTextProperties;
import io.renloop.platform.AuditTrail;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transcription in the background through the HTTP adapter against a local stub service: the transcript is stored
 * sealed and shown to HR as a machine transcript, the scores stay those of the typed answers, and a failing
 * service leaves the transcript FAILED with its reason. The application's own context has no service configured,
 * so the transcription runs here with an adapter pointing at the stub.
 */
@RenloopIntegrationTest
class AudioTranscriptionTests {

	static final String SPOKEN = "我会立即停止作业并报告调度室";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AnswerAudioRepository recordings;

	@Autowired
	SealedAudio sealed;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	HttpServer stub;

	AudioTranscription transcription;

	/** Transcribes everything to {@link #SPOKEN}, except audio containing FAIL, which gets a 503. */
	@BeforeEach
	void stubService() throws IOException {
		stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		stub.createContext("/v1/audio/transcriptions", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
			boolean fail = body.contains("FAIL");
			byte[] answer = (fail ? "{\"error\":\"busy\"}" : "{\"text\":\"" + SPOKEN + "\"}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		stub.start();
		SpeechToText adapter = new OpenAiCompatibleSpeechToText(new SpeechToTextProperties(
				"http://127.0.0.1:" + stub.getAddress().getPort(), "", "whisper-1", Duration.ofSeconds(5)),
				JsonMapper.builder().build());
		transcription = new AudioTranscription(
				new StaticListableBeanFactory(Map.of("speechToText", adapter)).getBeanProvider(SpeechToText.class),
				recordings, sealed, audit, transactions, clock);
	}

	@AfterEach
	void stop() throws InterruptedException {
		transcription.destroy();
		stub.stop(0);
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

		transcribe(session, fixtures.gasQuestion);
		transcribe(session, fixtures.starQuestion);

		assertThat(statusOnceSettled(session, fixtures.gasQuestion)).isEqualTo("DONE");
		assertThat(statusOnceSettled(session, fixtures.starQuestion)).isEqualTo("FAILED");
		assertThat(column("transcript_failure", String.class, session, fixtures.starQuestion)).contains("HTTP 503");
		assertThat(new String(column("sealed_transcript", byte[].class, session, fixtures.gasQuestion),
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

	@Test
	void aTranscriptOfARecordingReplacedMeanwhileIsDropped() throws InterruptedException {
		var fixtures = new InterviewSessionFixtures(port, "hr@demo.example",
				new DemoData(jdbc).departmentId(DEMO, "MINING")).withPlan();
		ApiClient candidate = ApiClient.anonymous(port);
		String api = "/api/v1/candidate-interview/" + fixtures.startInterview();
		String session = candidate.post(api + "/consent", null).json().get("sessionId").asString();
		upload(candidate, api, fixtures.gasQuestion, AudioSamples.oggOpus(800));
		UUID audio = UUID.fromString(column("id::text", String.class, session, fixtures.gasQuestion));

		transcription.on(new AnswerAudioRecorded(DEMO, audio, Instant.parse("2020-01-01T00:00:00Z"), "zh"));
		transcribe(session, fixtures.gasQuestion);

		assertThat(statusOnceSettled(session, fixtures.gasQuestion)).isEqualTo("DONE");
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_id = ? "
				+ "and action = 'TRANSCRIBE'", Long.class, audio.toString())).isEqualTo(1);
	}

	/** Hands the stored recording to the transcription, as its upload's commit does with a service configured. */
	private void transcribe(String session, String questionId) {
		Map<String, Object> row = jdbc.queryForMap("select id, recorded_at from interview.answer_audio "
				+ "where session_id = ?::uuid and question_id = ?::uuid", session, questionId);
		Instant recordedAt = ((java.sql.Timestamp) row.get("recorded_at")).toInstant();
		transcription.on(new AnswerAudioRecorded(DEMO, (UUID) row.get("id"), recordedAt, "zh"));
	}

	private <T> T column(String column, Class<T> type, String session, String questionId) {
		return jdbc.queryForObject("select " + column + " from interview.answer_audio where session_id = ?::uuid "
				+ "and question_id = ?::uuid", type, session, questionId);
	}

	private static ApiClient.Response upload(ApiClient candidate, String api, String questionId, byte[] audio) {
		AudioSamples.Upload upload = AudioSamples.upload(audio, "audio/ogg", Map.of("durationSeconds", "4"));
		return candidate.send("POST", api + "/answers/" + questionId + "/audio", upload.body(), upload.contentType());
	}

	private String statusOnceSettled(String session, String questionId) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		String status;
		do {
			status = column("transcript_status", String.class, session, questionId);
			if (!"NONE".equals(status) && !"PENDING".equals(status)) {
				return status;
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(until));
		return status;
	}
}
