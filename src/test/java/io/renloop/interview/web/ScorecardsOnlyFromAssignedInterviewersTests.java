package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Security finding: an interviewer could post a scorecard on any application, with no interview assigned to them,
 * and so move its composite score (51.0 → 80.4). Only an interviewer of a scheduled interview of the application,
 * or someone who runs the process ({@code INTERVIEW_WRITE}: HR, recruiters), writes one; anybody else gets a 403
 * problem and the composite stays as it was.
 */
@RenloopIntegrationTest
class ScorecardsOnlyFromAssignedInterviewersTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	ApiClient interviewer;

	UUID interviewerId;

	@BeforeEach
	void applicationScoredByHr() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		hr = ApiClient.as(port, "hr@demo.example");
		interviewer = ApiClient.as(port, "interviewer@demo.example");
		interviewerId = new DemoData(jdbc).userId("interviewer@demo.example");
		assertThat(hr.post(scorecards(), HumanDecisionApiTests.scorecard(3, 2, "NO")).status()).isEqualTo(201);
	}

	@Test
	void anInterviewerWithoutAnInterviewOfTheApplicationCannotScoreIt() {
		double composite = composite();
		assertThat(assertProblem(interviewer.post(scorecards(), HumanDecisionApiTests.scorecard(5, 5, "STRONG_YES")),
				403).get("code").asString()).isEqualTo("interview.scorecard.notAssigned");
		assertThat(composite()).isEqualTo(composite);
		assertThat(scorecardsOf("interviewer@demo.example")).isZero();
	}

	@Test
	void aCancelledInterviewAssignsNobody() {
		String interview = fixtures.assign(interviewerId);
		assertThat(hr.delete("/api/v1/applications/" + fixtures.application + "/interviews/" + interview).status())
			.isEqualTo(200);
		assertProblem(interviewer.post(scorecards(), HumanDecisionApiTests.scorecard(5, 5, "STRONG_YES")), 403);
		assertThat(scorecardsOf("interviewer@demo.example")).isZero();
	}

	@Test
	void theAssignedInterviewerScoresAndMovesTheComposite() {
		double composite = composite();
		fixtures.assign(interviewerId);
		assertThat(interviewer.post(scorecards(), HumanDecisionApiTests.scorecard(5, 5, "STRONG_YES")).status())
			.isEqualTo(201);
		assertThat(composite()).isGreaterThan(composite);
	}

	@Test
	void theApplicationsPageOffersTheFormOnlyToAnAssignedInterviewer() {
		BrowserSession page = new BrowserSession(port);
		page.signIn("interviewer@demo.example", ApiClient.PASSWORD);
		String application = "/interview/applications/" + fixtures.application;
		assertThat(page.get(application).body()).contains("scorecard-not-assigned")
			.doesNotContain("scorecard-form");
		BrowserSession.Page refused = page.postForm(application + "/scorecard", Map.of("dimension", "安全意识",
				"rating-0", "5", "recommendation", "STRONG_YES", "_csrf",
				BrowserSession.csrfTokenOf(page.get(application))));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(scorecardsOf("interviewer@demo.example")).isZero();

		fixtures.assign(interviewerId);
		assertThat(page.get(application).body()).contains("scorecard-form").doesNotContain("scorecard-not-assigned");
	}

	private String scorecards() {
		return "/api/v1/applications/" + fixtures.application + "/scorecards";
	}

	private double composite() {
		return hr.get("/api/v1/applications/" + fixtures.application + "/assessment").json().get("composite").asDouble();
	}

	private long scorecardsOf(String login) {
		return jdbc.queryForObject("select count(*) from interview.scorecard where application_id = ?::uuid "
				+ "and interviewer = ?", Long.class, fixtures.application, login);
	}
}
