package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.AudioSamples;
import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A candidate records an answer aloud and HR plays it: the upload is refused clearly while the question is not
 * open, when it is too large, too long or not audio; the audio is stored sealed, played back audited, shown on
 * the report next to the typed answer, and deleted with the candidate's data.
 */
@RenloopIntegrationTest
class AnswerAudioFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	ApiClient candidate;

	String token;

	String session;

	@BeforeEach
	void interview() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		hr = ApiClient.as(port, "hr@demo.example");
		candidate = ApiClient.anonymous(port);
		token = fixtures.startInterview();
		session = candidate.get(api("")).json().get("sessionId").asString();
	}

	String api(String suffix) {
		return "/api/v1/candidate-interview/" + token + suffix;
	}

	ApiClient.Response record(String questionId, byte[] audio, String declaredType, String seconds) {
		AudioSamples.Upload upload = AudioSamples.upload(audio, declaredType,
				seconds == null ? Map.of() : Map.of("durationSeconds", seconds));
		return candidate.send("POST", api("/answers/" + questionId + "/audio"), upload.body(), upload.contentType());
	}

	String hrAudio(String questionId) {
		return "/api/v1/ai-interviews/" + session + "/answers/" + questionId + "/audio";
	}

	@Test
	void aRecordingIsStoredSealedAndHrPlaysItAudited() {
		candidate.post(api("/consent"), null);
		byte[] audio = AudioSamples.oggOpus(4096);
		ApiClient.Response recorded = record(fixtures.gasQuestion, audio, "audio/ogg;codecs=opus", "12");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("contentType").asString()).isEqualTo("audio/ogg");
		assertThat(recorded.json().get("sizeBytes").asInt()).isEqualTo(4096);

		Map<String, Object> row = jdbc.queryForMap("select sealed_audio, transcript_status, candidate_id::text as candidate "
				+ "from interview.answer_audio where session_id = ?::uuid", session);
		assertThat(new String((byte[]) row.get("sealed_audio"), StandardCharsets.ISO_8859_1)).doesNotContain("OpusHead")
			.doesNotContain("T2dnUw");
		assertThat(row).containsEntry("transcript_status", "NONE").containsEntry("candidate", fixtures.candidate);

		ApiClient.Response played = hr.get(hrAudio(fixtures.gasQuestion));
		assertThat(played.status()).as(played.body()).isEqualTo(200);
		assertThat(played.contentType()).isEqualTo("audio/ogg");
		assertThat(played.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(audio);
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'AnswerAudio' "
				+ "and action = 'READ_SENSITIVE' and actor = 'hr@demo.example'", Long.class)).isPositive();

		assertProblem(hr.get(hrAudio(fixtures.starQuestion)), 404);
	}

	@Test
	void aNewRecordingReplacesTheOldOne() {
		candidate.post(api("/consent"), null);
		record(fixtures.gasQuestion, AudioSamples.oggOpus(2000), "audio/ogg", "5");
		assertThat(record(fixtures.gasQuestion, AudioSamples.oggOpus(3000), "audio/ogg", "6").status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select size_bytes from interview.answer_audio where session_id = ?::uuid",
				Integer.class, session)).isEqualTo(3000);
	}

	@Test
	void uploadsAreRefusedOutsideTheQuestionsTime() {
		assertThat(assertProblem(record(fixtures.gasQuestion, AudioSamples.oggOpus(512), "audio/ogg", "5"), 409)
			.get("code").asString()).isEqualTo("interview.session.noConsent");
		candidate.post(api("/consent"), null);
		candidate.post(api("/questions/" + fixtures.gasQuestion + "/start"), null);
		jdbc.update("update interview.session_answer set started_at = now() - interval '2000 seconds' "
				+ "where session_id = ?::uuid and question_id = ?::uuid", session, fixtures.gasQuestion);
		assertThat(assertProblem(record(fixtures.gasQuestion, AudioSamples.oggOpus(512), "audio/ogg", "5"), 409)
			.get("code").asString()).isEqualTo("interview.answer.late");

		candidate.post(api("/submit"), null);
		assertThat(assertProblem(record(fixtures.starQuestion, AudioSamples.oggOpus(512), "audio/ogg", "5"), 409)
			.get("code").asString()).isEqualTo("interview.session.submitted");
		assertThat(jdbc.queryForObject("select count(*) from interview.answer_audio where session_id = ?::uuid",
				Long.class, session)).isZero();
	}

	@Test
	void uploadsThatAreNotAudioTooLargeOrTooLongAreRefusedEachWithItsReason() {
		candidate.post(api("/consent"), null);
		assertThat(assertProblem(record(fixtures.gasQuestion, AudioSamples.jpeg(), "audio/webm", "5"), 415)
			.get("code").asString()).isEqualTo("interview.audio.notAudio");
		assertThat(assertProblem(record(fixtures.gasQuestion, "just text, no audio".getBytes(StandardCharsets.UTF_8),
				"audio/ogg", null), 415).get("code").asString()).isEqualTo("interview.audio.notAudio");
		assertProblem(record(fixtures.gasQuestion, new byte[0], "audio/ogg", "5"), 400);
		assertThat(assertProblem(record(fixtures.gasQuestion, AudioSamples.oggOpus(10 * 1024 * 1024 + 1), "audio/ogg",
				"5"), 413).get("code").asString()).isEqualTo("interview.audio.tooLarge");
		assertThat(assertProblem(record(fixtures.gasQuestion, AudioSamples.oggOpus(512), "audio/ogg", "3600"), 413)
			.get("code").asString()).isEqualTo("interview.audio.tooLong");
		assertProblem(record(java.util.UUID.randomUUID().toString(), AudioSamples.oggOpus(512), "audio/ogg", "5"), 400);
		assertThat(jdbc.queryForObject("select count(*) from interview.answer_audio where session_id = ?::uuid",
				Long.class, session)).isZero();
	}

	@Test
	void theReportShowsTheRecordingNextToTheTypedAnswer() {
		candidate.post(api("/consent"), null);
		candidate.post(api("/answers"), Map.of("questionId", fixtures.gasQuestion, "text", "立即停止作业，撤离人员，报告调度室。"));
		record(fixtures.gasQuestion, AudioSamples.oggOpus(1024), "audio/ogg", "8");
		candidate.post(api("/submit"), null);

		BrowserSession browser = new BrowserSession(port);
		browser.signIn("hr@demo.example", ApiClient.PASSWORD);
		String page = browser.get("/interview/sessions/" + session).body();
		assertThat(page).contains("id=\"recordings\"").contains("立即停止作业，撤离人员，报告调度室。")
			.contains(hrAudio(fixtures.gasQuestion)).contains("transcript-status");
	}

	@Test
	void erasingTheCandidateDeletesTheRecordings() {
		candidate.post(api("/consent"), null);
		record(fixtures.gasQuestion, AudioSamples.oggOpus(1024), "audio/ogg", "8");
		assertThat(hr.delete("/api/v1/candidates/" + fixtures.candidate).status()).isBetween(200, 299);
		// a durable event carries the erasure to the interview module after the erasure commits
		assertThat(Eventually.await(() -> jdbc.queryForObject(
				"select count(*) from interview.answer_audio where candidate_id = ?::uuid", Long.class,
				fixtures.candidate) == 0 ? Boolean.TRUE : null)).as("recordings erased").isTrue();
		assertProblem(hr.get(hrAudio(fixtures.gasQuestion)), 404);
	}
}
