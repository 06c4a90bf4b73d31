package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewScored;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.recruitment.CandidateErased;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Analytics keeps an application's interview scores, the accepted offer, the hire and the performance results as the
 * events arrive, in any order and however often, and pairs each hire's scores with the first result after the hire
 * date: {@code GET /api/v1/analytics/predictive-validity}.
 */
@RenloopIntegrationTest
class HiringValidityFollowsInterviewHireAndResultEventsTests {

	static final String PATH = "/api/v1/analytics/predictive-validity";

	static final LocalDate HIRED = LocalDate.of(2025, 2, 10);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	HiringOutcomes outcomes;

	@Test
	void eachHireCountsOnceWhicheverOrderTheEventsArriveInAndHoweverOften() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID position = newPosition(hr);
		SyntheticHire first = new SyntheticHire(position, 80, 70);
		SyntheticHire second = new SyntheticHire(position, 60, 90);
		UUID cycle = UUID.randomUUID();
		PerformanceResultsPublished results = quarter(cycle, LocalDate.of(2025, 3, 31),
				List.of(first.result(first.performance), second.result(second.performance)));

		// the first hire's facts in the order they happen, the second's backwards; every event twice
		List<Object> all = new ArrayList<>(first.events());
		all.add(results);
		List<Object> backwards = new ArrayList<>(second.events());
		Collections.reverse(backwards);
		all.addAll(backwards);
		all.forEach(this::publish);
		all.forEach(this::publish);

		JsonNode report = Eventually.await(() -> {
			JsonNode answer = hr.get(PATH + "?positionId=" + position).json();
			return answer.size() == 2 && answer.get(0).get("n").asInt() == 2 ? answer : null;
		});
		assertThat(report).as("both hires counted per dimension").isNotNull();
		assertThat(report.get(0).get("dimension").asString()).isEqualTo("沟通表达");
		assertThat(report.get(1).get("dimension").asString()).isEqualTo("逻辑思维");
		assertThat(report.get(1).get("spearman").isNull()).as("below 30 pairs").isTrue();
		assertThat(report.get(1).get("ciLow").isNull()).isTrue();
		assertThat(report.get(1).get("ciHigh").isNull()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from analytics.performance_result where tenant_id = ? "
				+ "and cycle_id = ?", Long.class, DEMO, cycle)).as("once per employee and cycle").isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from analytics.hire_interview_score where tenant_id = ? "
				+ "and position_id = ?", Long.class, DEMO, position)).as("two dimensions of two hires").isEqualTo(4);
	}

	/**
	 * Thirty hires whose logic score orders them exactly like their first result after hire (ρ = 1) and whose
	 * communication score orders them the other way (ρ = −1); a result before the hire and a later one, ordered
	 * the other way round, must not count.
	 */
	@Test
	void theFirstResultAfterTheHireDateIsPairedWithTheInterviewScores() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID position = newPosition(hr);
		List<SyntheticHire> hires = IntStream.range(0, 30).mapToObj(i -> new SyntheticHire(position, 50 + i, 40 + i))
			.toList();
		hires.forEach(hire -> hire.record(outcomes));
		outcomes.resultsPublished(quarter(UUID.randomUUID(), HIRED.minusDays(20),
				hires.stream().map(hire -> hire.result(100 - hire.performance)).toList()));
		outcomes.resultsPublished(quarter(UUID.randomUUID(), LocalDate.of(2025, 9, 30),
				hires.stream().map(hire -> hire.result(100 - hire.performance)).toList()));
		outcomes.resultsPublished(quarter(UUID.randomUUID(), LocalDate.of(2025, 3, 31),
				hires.stream().map(hire -> hire.result(hire.performance)).toList()));

		JsonNode report = hr.get(PATH + "?positionId=" + position).json();

		assertThat(report.toString()).isEqualTo("[{\"dimension\":\"沟通表达\",\"n\":30,\"spearman\":-1.0,\"ciLow\":-1.0,"
				+ "\"ciHigh\":-1.0},{\"dimension\":\"逻辑思维\",\"n\":30,\"spearman\":1.0,\"ciLow\":1.0,\"ciHigh\":1.0}]");
	}

	@Test
	void anErasedCandidatesInterviewScoresAreDropped() {
		SyntheticHire hire = new SyntheticHire(UUID.randomUUID(), 70, 70);
		publish(hire.events().get(0));
		assertThat(Eventually.await(() -> scoresOf(hire.candidate) == 2 ? true : null)).isTrue();

		publish(new CandidateErased(DEMO, hire.candidate));

		assertThat(Eventually.await(() -> scoresOf(hire.candidate) == 0 ? true : null)).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where action = 'ERASE' "
				+ "and entity_type = 'InterviewScoreCopy' and entity_id = ?", Long.class, hire.candidate.toString()))
			.isEqualTo(1);
	}

	private long scoresOf(UUID candidate) {
		return jdbc.queryForObject("select count(*) from analytics.interview_score where tenant_id = ? "
				+ "and candidate_id = ?", Long.class, DEMO, candidate);
	}

	@Test
	void theDemoMiningEngineersShowTheLogicDimensionPredictingPerformance() {
		UUID miningEngineer = new DemoData(jdbc).positionId(DEMO, "MINING-ENG");

		JsonNode report = ApiClient.as(port, "admin@demo.example").get(PATH + "?positionId=" + miningEngineer).json();

		JsonNode logic = report.valueStream().filter(d -> d.get("dimension").asString().equals("逻辑思维")).findFirst()
			.orElseThrow();
		assertThat(logic.get("n").asInt()).isGreaterThanOrEqualTo(40);
		assertThat(logic.get("spearman").asDouble()).isBetween(0.2, 0.7);
		assertThat(logic.get("ciLow").asDouble()).isLessThan(logic.get("spearman").asDouble());
		assertThat(logic.get("ciHigh").asDouble()).isGreaterThan(logic.get("spearman").asDouble());
	}

	@Test
	void anUnknownOrMalformedPositionIsABadRequestInTheCallersLanguage() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		JsonNode unknown = assertProblem(hr.inLanguage("zh-CN").get(PATH + "?positionId=" + UUID.randomUUID()), 400);
		assertThat(errorMessage(unknown, "positionId")).isEqualTo("该岗位不存在。");
		JsonNode english = assertProblem(hr.inLanguage("en").get(PATH + "?positionId=" + UUID.randomUUID()), 400);
		assertThat(errorMessage(english, "positionId")).isEqualTo("This position does not exist.");
		assertProblem(hr.get(PATH + "?positionId=not-a-uuid"), 400);
	}

	@Test
	void onlyTheTenantDataScopeReadsIt() {
		assertProblem(ApiClient.as(port, "recruiter@demo.example").get(PATH), 403);
		assertProblem(ApiClient.as(port, "manager@demo.example").get(PATH), 403);
		assertThat(ApiClient.as(port, "hr@demo.example").get(PATH).status()).isEqualTo(200);
	}

	@Test
	void thePageShowsTheNumbersOrSaysThereIsNotEnoughDataAndIsLinkedFromTheDashboard() {
		UUID safetyEngineer = new DemoData(jdbc).positionId(DEMO, "SAFETY-ENG");
		BrowserSession browser = signedIn("hr@demo.example");

		BrowserSession.Page all = browser.get("/analytics/predictive-validity?lang=en");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains("Hiring validity", "逻辑思维", "id=\"validity-chart\"", "id=\"validity-demo\"",
				"/js/validity-chart.js");
		assertThat(all.body()).containsPattern("data-dimension=\"逻辑思维\"[^>]*data-spearman=\"0\\.\\d+\"");
		BrowserSession.Page few = browser.get("/analytics/predictive-validity?lang=zh-CN&positionId=" + safetyEngineer);
		assertThat(few.body()).contains("招聘效度", "数据不足");
		assertThat(browser.get("/").body()).contains("href=\"/analytics/predictive-validity\"");
	}

	@Test
	void managersDoNotSeeThePageNorTheLink() {
		BrowserSession browser = signedIn("manager@demo.example");
		assertThat(browser.get("/analytics/predictive-validity").status()).isEqualTo(403);
		assertThat(browser.get("/").body()).doesNotContain("/analytics/predictive-validity");
	}

	private BrowserSession signedIn(String login) {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.signIn(login, ApiClient.PASSWORD).location()).doesNotContain("error");
		return browser;
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private static UUID newPosition(ApiClient hr) {
		return UUID.fromString(hr.post("/api/v1/positions", Map.of("code", TestUsers.unique("VAL"), "name",
				"效度测试岗位")).json().get("id").asString());
	}

	private static PerformanceResultsPublished quarter(UUID cycle, LocalDate end,
			List<PerformanceResultsPublished.Result> results) {
		return new PerformanceResultsPublished(DEMO, cycle, "validity " + end, end.minusMonths(3).plusDays(1), end,
				Instant.now(), results);
	}

	/** A hire of the position with fresh ids, a logic score and a first performance score. */
	static final class SyntheticHire {

		final UUID application = UUID.randomUUID();

		final UUID candidate = UUID.randomUUID();

		final UUID offer = UUID.randomUUID();

		final UUID employee = UUID.randomUUID();

		final UUID position;

		final double logic;

		final int performance;

		SyntheticHire(UUID position, double logic, int performance) {
			this.position = position;
			this.logic = logic;
			this.performance = performance;
		}

		List<Object> events() {
			return List.of(new InterviewScored(DEMO, application, candidate, UUID.randomUUID(), logic,
					Map.of("逻辑思维", logic, "沟通表达", 100 - logic), List.of()),
					new OfferAccepted(DEMO, offer, application, candidate, UUID.randomUUID(), UUID.randomUUID(), position,
							new BigDecimal("12000.00"), HIRED, 3, Instant.now()),
					new OnboardingCompleted(DEMO, UUID.randomUUID(), offer, employee, HIRED));
		}

		void record(HiringOutcomes outcomes) {
			outcomes.interviewScored((InterviewScored) events().get(0));
			outcomes.offerAccepted((OfferAccepted) events().get(1));
			outcomes.hired((OnboardingCompleted) events().get(2));
		}

		PerformanceResultsPublished.Result result(int score) {
			return new PerformanceResultsPublished.Result(employee, "B", BigDecimal.valueOf(score).setScale(2), List.of());
		}
	}
}
