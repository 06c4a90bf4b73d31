package io.renloop.training;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An exam through the API: questions drawn without their answers, a failed attempt explains the wrong answers, a
 * pass issues a certificate that a public page verifies and a PDF carries, and no attempt follows a pass.
 */
@RenloopIntegrationTest
class ExamsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void failExplainsPassIssuesAVerifiableCertificate() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		String type = TrainingFixtures.certificateType(hr, null);
		String bank = TestUsers.unique("BANK");
		ApiClient.Response exam = hr.post("/api/v1/training/exams", exam(bank, type, questions()));
		assertThat(exam.status()).as(exam.body()).isEqualTo(201);
		String examId = exam.json().get("id").asString();

		JsonNode attempt = employee.post("/api/v1/me/training/exams/" + examId + "/attempts", null).json();
		assertThat(attempt.get("questions")).hasSize(4);
		assertThat(attempt.get("questions").get(0).has("answer")).isFalse();
		JsonNode failed = employee.post("/api/v1/me/training/attempts/" + attempt.get("id").asString() + "/submit",
				Map.of("answers", Map.of())).json();
		assertThat(failed.get("passed").asBoolean()).isFalse();
		assertThat(failed.get("score").asInt()).isZero();
		assertThat(failed.get("wrongAnswers")).hasSize(4);
		assertThat(failed.get("wrongAnswers").get(0).get("explanation").asString()).startsWith("解析");
		assertProblem(employee.post("/api/v1/me/training/attempts/" + attempt.get("id").asString() + "/submit",
				Map.of("answers", Map.of())), 409);

		JsonNode second = employee.post("/api/v1/me/training/exams/" + examId + "/attempts", null).json();
		assertThat(second.get("attemptNumber").asInt()).isEqualTo(2);
		JsonNode passed = employee.post("/api/v1/me/training/attempts/" + second.get("id").asString() + "/submit",
				Map.of("answers", rightAnswers(second))).json();
		assertThat(passed.get("passed").asBoolean()).isTrue();
		assertThat(passed.get("score").asInt()).isEqualTo(100);
		String code = passed.get("verifyCode").asString();

		String page = ApiClient.anonymous(port).get("/verify/certificates/" + code).body();
		assertThat(page).contains("RL-" + code).contains(type);
		assertThat(ApiClient.anonymous(port).get("/verify/certificates/NOSUCHCODE1").body())
			.contains("verify-unknown");
		ApiClient.Binary pdf = employee.getBinary("/api/v1/me/training/certificates/"
				+ passed.get("certificateId").asString() + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertProblem(ApiClient.as(port, "manager@demo.example").get("/api/v1/me/training/certificates/"
				+ passed.get("certificateId").asString() + "/pdf"), 404);
		assertThat(employee.get("/api/v1/me/training/certificates").body()).contains(code);
		assertProblem(employee.post("/api/v1/me/training/exams/" + examId + "/attempts", null), 409);
	}

	@Test
	void badExamsAreRefusedWithNothingSaved() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String bank = TestUsers.unique("BANK");
		assertProblem(hr.post("/api/v1/training/exams", exam(bank, null, questions().subList(0, 3))), 400);
		List<Map<String, Object>> broken = new ArrayList<>(questions());
		broken.set(0, question("SINGLE", List.of("甲", "乙"), "5"));
		assertProblem(hr.post("/api/v1/training/exams", exam(bank, null, broken)), 400);
		assertThat(jdbc.queryForObject("select count(*) from training.question where bank = ?", Long.class, bank))
			.isZero();
	}

	private Map<String, String> rightAnswers(JsonNode attempt) {
		Map<String, String> answers = new HashMap<>();
		for (JsonNode q : attempt.get("questions")) {
			String id = q.get("id").asString();
			answers.put(id, jdbc.queryForObject("select answer from training.question where id = ?::uuid", String.class,
					id).split("\\|")[0]);
		}
		return answers;
	}

	private static Map<String, Object> exam(String bank, String type, List<Map<String, Object>> questions) {
		Map<String, Object> exam = new HashMap<>();
		exam.put("code", TestUsers.unique("EX"));
		exam.put("titleZh", "瓦斯检查工考试");
		exam.put("titleEn", "Gas inspector exam");
		exam.put("bank", bank);
		exam.put("questionCount", 4);
		exam.put("timeLimitMinutes", 30);
		exam.put("passMark", 75);
		exam.put("maxAttempts", 3);
		exam.put("certificateType", type);
		exam.put("questions", questions);
		return exam;
	}

	private static List<Map<String, Object>> questions() {
		return List.of(question("SINGLE", List.of("1.0%", "0.5%", "2.0%"), "0"),
				question("MULTIPLE", List.of("停止作业", "撤出人员", "继续生产"), "0,1"),
				question("TRUE_FALSE", List.of(), "false"), question("FILL_IN", List.of(), "自救器|隔绝式自救器"),
				question("TRUE_FALSE", List.of(), "true"));
	}

	private static Map<String, Object> question(String kind, List<String> options, String answer) {
		return Map.of("kind", kind, "text", kind + " 题目", "options", options, "answer", answer, "explanation",
				"解析：" + kind);
	}
}
