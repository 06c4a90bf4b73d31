package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@RenloopIntegrationTest
class CompetencyModelTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	UUID position;

	ApiClient recruiter;

	@BeforeEach
	void freshPosition() {
		position = new RecruitmentFixtures(port).positionWithPlan(new DemoData(jdbc).departmentId(DEMO, "MINING"), 1);
		recruiter = ApiClient.as(port, "recruiter@demo.example");
	}

	@Test
	void savedModelReadsBackWithWeightsRequirementsAndDescriptions() {
		ApiClient.Response saved = recruiter.put(path(), RecruitmentFixtures.safetyEngineerModel());
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		JsonNode model = recruiter.get(path()).json().get("model");
		assertThat(model.at("/dimensions/0/name").asString()).isEqualTo("安全意识");
		assertThat(model.at("/dimensions/0/weight").decimalValue()).isEqualByComparingTo("0.4");
		assertThat(model.at("/mustHaves/minEducation").asString()).isEqualTo("BACHELOR");
		assertThat(model.at("/mustHaves/requiredCertificates/0").asString()).isEqualTo("注册安全工程师");
		assertThat(model.at("/niceToHaves/0/name").asString()).isEqualTo("AutoCAD");
		assertThat(model.get("descriptionZh").asString()).contains("隐患排查");
	}

	@Test
	void savingAgainReplacesTheModel() {
		recruiter.put(path(), RecruitmentFixtures.safetyEngineerModel());
		Map<String, Object> single = new HashMap<>(RecruitmentFixtures.safetyEngineerModel());
		single.put("dimensions", List.of(Map.of("name", "安全意识", "weight", 1)));
		assertThat(recruiter.put(path(), single).status()).isEqualTo(200);

		assertThat(recruiter.get(path()).json().at("/model/dimensions").size()).isEqualTo(1);
	}

	@Test
	void weightsThatDoNotAddUpToOneAreRejected() {
		Map<String, Object> model = new HashMap<>(RecruitmentFixtures.safetyEngineerModel());
		model.put("dimensions", List.of(Map.of("name", "安全意识", "weight", 0.4), Map.of("name", "职业素养", "weight", 0.4)));

		JsonNode problem = assertProblem(recruiter.put(path(), model), 400);
		assertThat(errorFields(problem)).containsExactly("dimensions");
	}

	@Test
	void positionWithoutModelIsNotFound() {
		assertProblem(recruiter.get(path()), 404);
	}

	@Test
	void unknownPositionIsNotFound() {
		assertProblem(recruiter.put("/api/v1/positions/" + UUID.randomUUID() + "/competency-model",
				RecruitmentFixtures.safetyEngineerModel()), 404);
	}

	private String path() {
		return "/api/v1/positions/" + position + "/competency-model";
	}
}
