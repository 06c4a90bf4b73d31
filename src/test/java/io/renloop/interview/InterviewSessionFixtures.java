package io.renloop.interview;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds what an AI interview needs through the API as an HR login of a tenant: a fresh position with a competency
 * model (安全意识 0.6, 团队协作 0.4), an OPEN requisition, two questions (gas emergency, STAR conflict), an
 * application moved to SCREENED and, on request, the requisition's plan.
 */
public final class InterviewSessionFixtures {

	private final ApiClient hr;

	private final UUID departmentId;

	public final String requisition;

	public final String application;

	public final String candidate;

	public final String gasQuestion;

	public final String starQuestion;

	/**
	 * @param departmentId a department of the login's tenant
	 */
	public InterviewSessionFixtures(int port, String login, UUID departmentId) {
		this.hr = ApiClient.as(port, login);
		this.departmentId = departmentId;
		String position = ok(hr.post("/api/v1/positions",
				Map.of("code", TestUsers.unique("AI"), "name", "安全员 " + TestUsers.unique("P"))), 201).get("id").asString();
		ok(hr.put("/api/v1/headcount-plans", Map.of("departmentId", departmentId, "positionId", position, "planned", 20)), 200);
		ok(hr.put("/api/v1/positions/" + position + "/competency-model", Map.of("dimensions",
				List.of(Map.of("name", "安全意识", "weight", 0.6), Map.of("name", "团队协作", "weight", 0.4)), "mustHaves",
				Map.of())), 200);
		requisition = ok(hr.post("/api/v1/requisitions",
				Map.of("positionId", position, "departmentId", departmentId, "headcount", 5)), 201).get("id").asString();
		ok(hr.post("/api/v1/requisitions/" + requisition + "/open", null), 200);
		var receipt = ok(hr.post("/api/v1/requisitions/" + requisition + "/applications", Map.of("name", "面试候选人",
				"phone", "136" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)),
				"channel", "OTHER", "consent", true)), 201);
		application = receipt.get("applicationId").asString();
		candidate = receipt.get("candidateId").asString();
		ok(hr.post("/api/v1/applications/" + application + "/transitions", Map.of("to", "SCREENED")), 200);
		gasQuestion = InterviewFixtures.createGasQuestion(hr, null);
		starQuestion = ok(hr.post("/api/v1/interview/questions", InterviewFixtures.question("TEST-STAR-CONFLICT", null)),
				201).get("id").asString();
	}

	/** A plan of both questions (gas first) with the competency model's weights and a threshold of 60. */
	public InterviewSessionFixtures withPlan() {
		ok(hr.put("/api/v1/requisitions/" + requisition + "/interview-plan", plan()), 200);
		return this;
	}

	public Map<String, Object> plan() {
		return Map.of("questions", List.of(Map.of("questionId", starQuestion, "order", 2),
				Map.of("questionId", gasQuestion, "order", 1)), "passThreshold", 60);
	}

	/** Starts the interview and returns the token of the candidate's link. */
	public String startInterview() {
		String url = ok(hr.post("/api/v1/applications/" + application + "/ai-interview", null), 201)
			.get("candidateUrl").asString();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/**
	 * Books the user into an interview of the application, as a recruiter would before they may write its
	 * scorecard: an hour on a random day years ahead, so that repeated bookings of a shared demo interviewer (whose
	 * calendar outlives test runs) find a free one.
	 * @return the interview
	 */
	public String assign(UUID interviewerUserId) {
		ApiClient.Response booked = null;
		for (int attempt = 0; attempt < 5 && (booked == null || booked.status() == 409); attempt++) {
			Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS)
				.plus(Duration.ofDays(365 + ThreadLocalRandom.current().nextInt(30_000)));
			Instant end = start.plus(Duration.ofHours(1));
			ok(hr.post("/api/v1/interviewers/" + interviewerUserId + "/availability",
					Map.of("start", start, "end", end)), 201);
			booked = hr.post("/api/v1/applications/" + application + "/interviews",
					Map.of("interviewerUserIds", List.of(interviewerUserId), "start", start, "end", end));
		}
		return ok(booked, 201).get("id").asString();
	}

	public UUID departmentId() {
		return departmentId;
	}

	private static tools.jackson.databind.JsonNode ok(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}
}
