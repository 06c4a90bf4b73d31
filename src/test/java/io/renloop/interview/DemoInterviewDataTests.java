package io.renloop.interview;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The demo tenant starts with completed AI interviews worth looking at: scored by the real scorer, of mixed
 * quality, on applications at stage AI interview or interviews, with scorecards and a request for human review.
 */
@RenloopIntegrationTest
class DemoInterviewDataTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoHasSixScoredInterviewsOfMixedQualityOnApplicationsInInterviewStages() {
		List<Map<String, Object>> sessions = jdbc.queryForList("""
				select s.id::text as id, s.overall, a.stage from interview.session s
				join recruitment.application a on a.id = s.application_id
				where s.tenant_id = 'demo' and s.status = 'SUBMITTED' and s.created_by = 'system'""");
		assertThat(sessions).hasSize(6);
		assertThat(sessions).extracting(row -> (String) row.get("stage")).containsOnly("AI_INTERVIEW", "INTERVIEWS", "OFFER")
			.as("the demo's offers go to interviewed candidates").contains("AI_INTERVIEW", "INTERVIEWS");
		List<Double> scores = sessions.stream().map(row -> ((Number) row.get("overall")).doubleValue()).toList();
		assertThat(scores).anyMatch(score -> score >= 60).anyMatch(score -> score < 60);
		assertThat(jdbc.queryForObject("""
				select count(*) from interview.session_answer a join interview.session s on s.id = a.session_id
				where s.tenant_id = 'demo' and s.created_by = 'system' and a.scorer_version is not null""", Long.class))
			.isEqualTo(18);

		JsonNode report = ApiClient.as(port, "hr@demo.example")
			.get("/api/v1/ai-interviews/" + sessions.get(0).get("id") + "/report")
			.json();
		assertThat(report.get("dimensions").size()).isEqualTo(3);
		assertThat(report.at("/dimensions/0/evidence").size()).isPositive();
	}

	@Test
	void demoHasScorecardsACompositeAndAHumanReviewInTheQueue() {
		List<String> rated = jdbc.queryForList("""
				select c.application_id::text from interview.scorecard c where c.tenant_id = 'demo'
				and c.interviewer = 'interviewer@demo.example' and exists (select 1 from interview.session s
				where s.application_id = c.application_id and s.created_by = 'system')""", String.class);
		assertThat(rated).hasSize(3);
		String application = rated.get(0);
		JsonNode assessment = ApiClient.as(port, "hr@demo.example").get("/api/v1/applications/" + application + "/assessment")
			.json();
		assertThat(assessment.get("basis").asString()).isEqualTo("BOTH");
		assertThat(assessment.get("composite").asDouble()).isBetween(0.0, 100.0);

		JsonNode queue = ApiClient.as(port, "recruiter@demo.example").get("/api/v1/human-reviews?status=OPEN").json();
		assertThat(queue.valueStream().map(r -> r.get("reason").asString())).anyMatch(r -> r.contains("希望能由面试官再看一下"));
	}
}
