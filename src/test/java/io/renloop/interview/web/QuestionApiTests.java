package io.renloop.interview.web;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewFixtures;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionDefinition;
import io.renloop.interview.Rubric;
import io.renloop.interview.SampleQuestions;
import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The question bank API: create, read, filter, update with rubric versions, archive, validation problems,
 * key-point suggestions and score previews that store nothing.
 */
@RenloopIntegrationTest
class QuestionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	QuestionBank bank;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr() {
		return ApiClient.as(port, "hr@demo.example");
	}

	@Test
	void createdQuestionReadsBackWithItsRubricAndVersionOne() {
		QuestionDefinition question = InterviewFixtures.question("TEST-SAFETY-GAS", null);
		ApiClient.Response created = hr().post("/api/v1/interview/questions", question);
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		JsonNode read = hr().get("/api/v1/interview/questions/" + created.json().get("id").asString()).json();
		assertThat(read.get("key").asString()).isEqualTo(question.key());
		assertThat(read.get("type").asString()).isEqualTo("SAFETY");
		assertThat(read.get("language").asString()).isEqualTo("zh");
		assertThat(read.at("/rubric/keyPoints/0/text").asString()).isEqualTo("立即停止作业，切断工作面电源");
		assertThat(read.at("/rubric/keyPoints/0/weight").asDouble()).isEqualTo(0.3);
		assertThat(read.at("/rubric/mustMention").size()).isEqualTo(4);
		assertThat(read.at("/rubric/levels/4/level").asInt()).isEqualTo(5);
		assertThat(read.get("timeLimitSeconds").asInt()).isEqualTo(180);
		assertThat(read.get("rubricVersion").asInt()).isEqualTo(1);
	}

	@Test
	void listFiltersByDimensionTypeAndLanguage() {
		String dimension = TestUsers.unique("维度");
		QuestionDefinition q = InterviewFixtures.question("TEST-EN-DEADLINE", null);
		hr().post("/api/v1/interview/questions", new QuestionDefinition(q.key(), "SALES", dimension, q.type(),
				q.language(), q.text(), q.rubric(), q.timeLimitSeconds()));

		JsonNode found = hr().get("/api/v1/interview/questions?dimension=" + dimension + "&type=BEHAVIOURAL&language=en&jobFamily=SALES").json();
		assertThat(found.at("/page/totalElements").asLong()).isEqualTo(1);
		assertThat(found.at("/content/0/key").asString()).isEqualTo(q.key());
		assertThat(hr().get("/api/v1/interview/questions?dimension=" + dimension + "&language=zh").json()
			.at("/page/totalElements").asLong()).isZero();
	}

	@Test
	void changingTheRubricRaisesTheRubricVersionButATimeLimitChangeDoesNot() {
		String id = InterviewFixtures.createGasQuestion(hr(), null);
		QuestionDefinition q = SampleQuestions.definition("TEST-SAFETY-GAS");
		String key = hr().get("/api/v1/interview/questions/" + id).json().get("key").asString();

		QuestionDefinition longer = new QuestionDefinition(key, q.jobFamily(), q.dimension(), q.type(), q.language(),
				q.text(), q.rubric(), 300);
		assertThat(hr().put("/api/v1/interview/questions/" + id, longer).json().get("rubricVersion").asInt()).isEqualTo(1);

		Rubric changed = new Rubric(List.of(new Rubric.KeyPoint("立即停止作业", 0.5), new Rubric.KeyPoint("报告调度室", 0.5)),
				q.rubric().mustMention(), q.rubric().levels(), null);
		JsonNode updated = hr().put("/api/v1/interview/questions/" + id, new QuestionDefinition(key, q.jobFamily(),
				q.dimension(), q.type(), q.language(), q.text(), changed, 300)).json();
		assertThat(updated.get("rubricVersion").asInt()).isEqualTo(2);
		assertThat(updated.at("/rubric/keyPoints").size()).isEqualTo(2);
	}

	@Test
	void archivedQuestionLeavesTheListButStaysReadable() {
		String dimension = TestUsers.unique("归档");
		QuestionDefinition q = InterviewFixtures.question("TEST-SUPPORT-SHIELD", null);
		String id = hr().post("/api/v1/interview/questions", new QuestionDefinition(q.key(), q.jobFamily(), dimension,
				q.type(), q.language(), q.text(), q.rubric(), q.timeLimitSeconds())).json().get("id").asString();

		assertThat(hr().delete("/api/v1/interview/questions/" + id).status()).isEqualTo(204);

		assertThat(hr().get("/api/v1/interview/questions?dimension=" + dimension).json().at("/page/totalElements").asLong()).isZero();
		assertThat(hr().get("/api/v1/interview/questions/" + id).json().get("archived").asBoolean()).isTrue();
	}

	@Test
	void weightsThatDoNotAddUpToOneAndTwiceAnchoredLevelsAreFieldProblems() {
		QuestionDefinition q = InterviewFixtures.question("TEST-SAFETY-GAS", null);
		Rubric bad = new Rubric(List.of(new Rubric.KeyPoint("立即停止作业", 0.5), new Rubric.KeyPoint("报告调度室", 0.3)),
				List.of(), List.of(new Rubric.Level(3, "一般"), new Rubric.Level(3, "还是一般")), null);
		JsonNode problem = assertProblem(hr().inLanguage("zh-CN").post("/api/v1/interview/questions", new QuestionDefinition(q.key(),
				q.jobFamily(), q.dimension(), q.type(), q.language(), q.text(), bad, q.timeLimitSeconds())), 400);
		assertThat(errorFields(problem)).containsExactlyInAnyOrder("rubric.keyPoints", "rubric.levels");
		assertThat(problem.toString()).contains("0.80");
	}

	@Test
	void annotatedLimitsAreFieldProblems() {
		Map<String, Object> question = Map.of("dimension", "安全意识", "type", "SAFETY", "language", "fr", "text",
				"题".repeat(2001), "timeLimitSeconds", 5, "rubric", Map.of("keyPoints", List.of(), "levels",
						List.of(Map.of("level", 6, "anchor", "x"))));
		JsonNode problem = assertProblem(hr().post("/api/v1/interview/questions", question), 400);
		assertThat(errorFields(problem)).contains("language", "text", "timeLimitSeconds", "rubric.keyPoints", "rubric.levels[0].level");
	}

	@Test
	void takenKeyIsAFieldProblem() {
		QuestionDefinition q = InterviewFixtures.question("TEST-SAFETY-GAS", null);
		assertThat(hr().post("/api/v1/interview/questions", q).status()).isEqualTo(201);
		assertThat(errorFields(assertProblem(hr().post("/api/v1/interview/questions", q), 400))).containsExactly("key");
	}

	@Test
	void importAddsOnlyQuestionsWhoseKeyIsNew() {
		List<QuestionDefinition> questions = List.of(InterviewFixtures.question("TEST-SAFETY-GAS", null),
				InterviewFixtures.question("TEST-EN-DEADLINE", null));
		assertThat(SystemActor.callAs("demo", () -> bank.importQuestions(questions))).isEqualTo(2);
		assertThat(SystemActor.callAs("demo", () -> bank.importQuestions(questions))).isZero();
	}

	@Test
	void importSkipsQuestionsThatBreakTheRules() {
		QuestionDefinition valid = InterviewFixtures.question("TEST-SAFETY-GAS", null);
		QuestionDefinition tooShort = new QuestionDefinition(TestUsers.unique("Q"), null, "安全意识", valid.type(),
				valid.language(), valid.text(), valid.rubric(), 5);
		assertThat(SystemActor.callAs("demo", () -> bank.importQuestions(List.of(tooShort, valid)))).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from interview.question where question_key = ?", Long.class,
				tooShort.key())).isZero();
	}

	@Test
	void suggestedKeyPointsSplitTheModelAnswerAndWeighToOne() {
		ApiClient.Response suggested = hr().post("/api/v1/interview/questions/suggest-key-points",
				Map.of("text", "发现瓦斯超限后：1. 立即停止作业并切断电源；2. 组织人员沿避灾路线撤离；3. 马上报告调度室。不得擅自处理。",
						"language", "zh"));
		assertThat(suggested.status()).as(suggested.body()).isEqualTo(200);
		JsonNode points = suggested.json();
		assertThat(points.size()).isEqualTo(4);
		assertThat(points.valueStream().mapToDouble(p -> p.get("weight").asDouble()).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(points.get(3).get("text").asString()).isEqualTo("不得擅自处理");
	}

	@Test
	void scorePreviewExplainsTheScoreAndStoresNothing() {
		String id = InterviewFixtures.createGasQuestion(hr(), null);
		long audited = jdbc.queryForObject("select count(*) from platform.audit_event", Long.class);

		ApiClient.Response preview = hr().post("/api/v1/interview/questions/" + id + "/score-preview",
				Map.of("text", "我会立即停止作业，切断电源。然后组织工友沿避灾路线撤离到新鲜风流处。撤出后马上报告调度室。在通风队处理前绝不擅自处理。"));

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		JsonNode score = preview.json();
		assertThat(score.get("level").asInt()).isBetween(4, 5);
		assertThat(score.get("score").asInt()).isGreaterThan(60);
		assertThat(score.at("/keyPoints/2/covered").asBoolean()).isTrue();
		assertThat(score.at("/keyPoints/2/quote").asString()).contains("调度室");
		assertThat(score.get("missingMustMention").size()).isZero();
		assertThat(score.at("/structure/kind").asString()).isEqualTo("STEPS");
		assertThat(score.get("flags").size()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event", Long.class)).isEqualTo(audited);
	}

	@Test
	void scorePreviewOfAnUnknownQuestionIsNotFound() {
		assertProblem(hr().post("/api/v1/interview/questions/" + java.util.UUID.randomUUID() + "/score-preview",
				Map.of("text", "x")), 404);
	}
}
