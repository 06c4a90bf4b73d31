package io.renloop.recruitment;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.matching.CachedTextVectors;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Ranked, explained matches of a requisition's applicants through the API: sensible ranking, evidence in the
 * reader's language, scores stored once and read without running the embedding model again.
 */
@RenloopIntegrationTest
class MatchingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CachedTextVectors vectors;

	MatchingFixtures demo;

	String requisition;

	@BeforeEach
	void openMineSafetyRequisition() {
		demo = new MatchingFixtures(port, "hr@demo.example");
		requisition = demo.openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"),
				MatchingFixtures.mineSafetyModel());
	}

	@Test
	void mineSafetyEngineerOutranksSalesperson() {
		String engineer = demo.apply(requisition, "王安全",
				MatchingFixtures.mineSafetyEngineer("王安全", MatchingFixtures.marker())).get("applicationId").asString();
		String seller = demo.apply(requisition, "李销售",
				MatchingFixtures.salesperson("李销售", MatchingFixtures.marker())).get("applicationId").asString();

		JsonNode ranked = matches(recruiter());

		assertThat(ranked.valueStream().map(m -> m.get("applicationId").asString())).containsExactly(engineer, seller);
		assertThat(ranked.get(0).get("mustHavesMet").asBoolean()).isTrue();
		assertThat(ranked.get(1).get("mustHavesMet").asBoolean()).isFalse();
		assertThat(ranked.get(0).get("score").asDouble()).isGreaterThan(ranked.get(1).get("score").asDouble() + 20);
	}

	@Test
	void factorsExplainTheScoreInTheReadersLanguage() {
		demo.apply(requisition, "赵矿安", MatchingFixtures.mineSafetyEngineer("赵矿安", MatchingFixtures.marker()));

		JsonNode english = matches(recruiter().inLanguage("en")).get(0);
		JsonNode chinese = matches(recruiter().inLanguage("zh-CN")).get(0);

		assertThat(english.get("factors").valueStream().map(f -> f.get("name").asString())).contains("mustHaves",
				"skills", "certificates", "experience", "education", "niceToHaves", "description");
		assertThat(english.get("factors").get(0).has("weight")).isTrue();
		assertThat(evidence(english, "certificates")).startsWith("Has certificates 注册安全工程师");
		assertThat(evidence(chinese, "certificates")).startsWith("具备 注册安全工程师");
		assertThat(evidence(english, "mustHaves")).isEqualTo("Meets every must-have");
		assertThat(evidence(chinese, "mustHaves")).isEqualTo("满足全部硬性要求");
		assertThat(chinese.get("score").asDouble()).isEqualTo(english.get("score").asDouble());
	}

	@Test
	void scoresAreStoredOnArrivalAndReadWithoutTheModel() {
		String application = demo.apply(requisition, "钱通风",
				MatchingFixtures.mineSafetyEngineer("钱通风", MatchingFixtures.marker())).get("applicationId").asString();
		Awaitility.await().atMost(MatchingFixtures.BACKGROUND).until(() -> jdbc.queryForObject(
				"select count(*) from recruitment.application_match where application_id = ?::uuid", Long.class,
				application) == 1);
		awaitBackgroundIdle();

		long before = vectors.requests();
		matches(recruiter().inLanguage("zh-CN"));
		matches(recruiter().inLanguage("en"));

		assertThat(vectors.requests()).as("vectors asked for while reading stored matches").isEqualTo(before);
		String factors = jdbc.queryForObject(
				"select factors::text from recruitment.application_match where application_id = ?::uuid", String.class,
				application);
		assertThat(factors).contains("满足全部硬性要求", "Meets every must-have");
	}

	@Test
	void changedCompetencyModelRescoresStoredMatches() {
		String application = demo.apply(requisition, "孙隐患",
				MatchingFixtures.mineSafetyEngineer("孙隐患", MatchingFixtures.marker())).get("applicationId").asString();
		matches(recruiter());
		String before = fingerprint(application);
		String position = recruiter().get("/api/v1/requisitions/" + requisition).json().get("positionId").asString();
		java.util.Map<String, Object> stricter = new java.util.HashMap<>(MatchingFixtures.mineSafetyModel());
		stricter.put("mustHaves", java.util.Map.of("minYearsExperience", 30, "requiredCertificates", List.of("注册安全工程师")));

		assertThat(ApiClient.as(port, "hr@demo.example")
			.put("/api/v1/positions/" + position + "/competency-model", stricter)
			.status()).isEqualTo(200);

		Awaitility.await().atMost(MatchingFixtures.BACKGROUND).until(() -> !fingerprint(application).equals(before));
		JsonNode match = matches(recruiter()).get(0);
		assertThat(match.get("mustHavesMet").asBoolean()).isFalse();
		assertThat(evidence(match, "experience")).endsWith("30 required");
	}

	@Test
	void sizeIsBounded() {
		JsonNode problem = assertProblem(recruiter().get("/api/v1/requisitions/" + requisition + "/matches?size=201"),
				400);
		assertThat(problem.toString()).contains("size");
	}

	@Test
	void acmeHasNoDemoApplicantsAmongItsMatches() {
		MatchingFixtures acme = new MatchingFixtures(port, "hr@acme.example");
		String acmeRequisition = acme.openRequisition(new DemoData(jdbc).departmentId(ACME, "ENGR"),
				MatchingFixtures.mineSafetyModel());
		demo.apply(requisition, "周煤安", MatchingFixtures.mineSafetyEngineer("周煤安", MatchingFixtures.marker()));

		ApiClient.Response list = ApiClient.as(port, "hr@acme.example")
			.get("/api/v1/requisitions/" + acmeRequisition + "/matches");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().size()).isZero();
		assertProblem(ApiClient.as(port, "hr@acme.example").get("/api/v1/requisitions/" + requisition + "/matches"), 404);
	}

	private ApiClient recruiter() {
		return ApiClient.as(port, "recruiter@demo.example");
	}

	private JsonNode matches(ApiClient client) {
		ApiClient.Response response = client.get("/api/v1/requisitions/" + requisition + "/matches?size=10");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private String fingerprint(String application) {
		return jdbc.queryForObject("select requirements from recruitment.application_match where application_id = ?::uuid",
				String.class, application);
	}

	private static String evidence(JsonNode match, String factor) {
		return match.get("factors")
			.valueStream()
			.filter(f -> f.get("name").asString().equals(factor))
			.findFirst()
			.orElseThrow()
			.get("evidence")
			.asString();
	}

	/** Waits until background scoring and indexing have stopped asking for vectors for two seconds. */
	private void awaitBackgroundIdle() {
		AtomicLong seen = new AtomicLong(-1);
		Awaitility.await()
			.atMost(MatchingFixtures.BACKGROUND)
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> seen.getAndSet(vectors.requests()) == vectors.requests());
	}
}
