package io.renloop.training.internal.recommend;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.training.TrainingFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewScored;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.training.TrainingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Recommendations say why: the AI interview's weak dimension of the candidate the employee was (joined through the
 * offer and onboarding, whatever order the events come in), the performance gap, the missing certificate — each
 * quoting its evidence — and the manager turns one into an enrolment in one call.
 */
@RenloopIntegrationTest
class RecommendationsCarryTheirReasonsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InterviewNeeds interviewNeeds;

	@Autowired
	PerformanceNeeds performanceNeeds;

	@Test
	void everySourceQuotesItsEvidenceAndTheManagerAcceptsInOneCall() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID position = TrainingFixtures.newPosition(port);
		String type = TrainingFixtures.certificateType(hr, position);
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), position);
		UUID ventilation = TrainingFixtures.createCourse(hr, TrainingFixtures.course("ONLINE", "VIDEO", 900, 0,
				List.of("通风系统")));
		UUID licence = TrainingFixtures.createCourse(hr, TrainingFixtures.course("CLASSROOM", null, null, 0,
				List.of(type)));
		UUID hydraulics = TrainingFixtures.createCourse(hr, TrainingFixtures.course("ONLINE", "PDF", null, 0,
				List.of("液压支架操作")));

		UUID application = UUID.randomUUID();
		UUID offer = UUID.randomUUID();
		// onboarding first, the interview's scores last: the needs still reach the employee
		interviewNeeds.on(new OnboardingCompleted("demo", UUID.randomUUID(), offer, miner, LocalDate.of(2025, 3, 3)));
		interviewNeeds.on(new OfferAccepted("demo", offer, application, UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), position, new BigDecimal("9000.00"), LocalDate.of(2025, 3, 3), 3, Instant.now()));
		InterviewScored scored = new InterviewScored("demo", application, UUID.randomUUID(), UUID.randomUUID(), 61.0,
				Map.of("通风系统", 48.0, "沟通表达", 85.0), List.of("先撤人后处理"));
		interviewNeeds.on(scored);
		interviewNeeds.on(scored);
		performanceNeeds.on(new PerformanceResultsPublished("demo", UUID.randomUUID(), "2026 上半年", LocalDate.of(2026,
				1, 1), LocalDate.of(2026, 6, 30), Instant.now(), List.of(new PerformanceResultsPublished.Result(miner, "C",
						new BigDecimal("58.00"), List.of(new PerformanceResultsPublished.Gap("COMPETENCY", "HYD",
								"液压支架操作", new BigDecimal("35"), "HIGH"))))));
		// the listeners run asynchronously even when called directly, as the event registry would call them
		assertThat(Eventually.await(() -> jdbc.queryForObject(
				"select count(*) from training.development_need where employee_id = ?", Long.class, miner) == 4 ? true
						: null)).isTrue();

		ApiClient manager = ApiClient.as(port, "manager@demo.example").inLanguage("zh-CN");
		JsonNode recommendations = manager.get("/api/v1/training/recommendations?employeeId=" + miner).json();
		assertThat(reasons(recommendations, ventilation)).contains("AI_INTERVIEW: AI 面试 '通风系统' 维度 48/100");
		assertThat(reasons(recommendations, licence)).anyMatch(r -> r.startsWith("CERTIFICATE: 岗位要求 '测试证 " + type));
		assertThat(reasons(recommendations, hydraulics)).contains("PERFORMANCE: 绩效 '2026 上半年' 中 '液压支架操作' 得分 35/100");
		assertThat(reasons(recommendations, ventilation)).noneMatch(r -> r.contains("沟通表达"));

		ApiClient.Response accepted = manager.post("/api/v1/training/recommendations/accept", Map.of("employeeId", miner,
				"courseId", ventilation));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		assertThat(accepted.json().get("source").asString()).isEqualTo("RECOMMENDATION");
		assertThat(reasons(manager.get("/api/v1/training/recommendations?employeeId=" + miner).json(), ventilation))
			.isEmpty();
		assertProblem(ApiClient.as(port, "employee@demo.example").get("/api/v1/training/recommendations?employeeId="
				+ miner), 404);
	}
}
