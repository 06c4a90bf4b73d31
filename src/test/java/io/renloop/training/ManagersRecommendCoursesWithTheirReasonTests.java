package io.renloop.training;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.training.TrainingFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A manager (or HR) recommends a course to an employee in their scope with a short reason: it shows as a MANAGER
 * reason "name: text", merged with the other reasons for the same course, and disappears once the employee is
 * enrolled. Bad input is a 400 in the caller's language, an employee out of scope a 404, oneself a 403.
 */
@RenloopIntegrationTest
class ManagersRecommendCoursesWithTheirReasonTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theManagersReasonIsMergedWithTheOthersAndGoesAwayOnEnrolment() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID position = TrainingFixtures.newPosition(port);
		String type = TrainingFixtures.certificateType(hr, position);
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), position);
		UUID safety = TrainingFixtures.createCourse(hr, TrainingFixtures.course("ONLINE", "PDF", null, 0, List.of()));
		UUID licence = TrainingFixtures.createCourse(hr, TrainingFixtures.course("CLASSROOM", null, null, 0,
				List.of(type)));
		ApiClient manager = ApiClient.as(port, "manager@demo.example").inLanguage("zh-CN");
		String name = jdbc.queryForObject("select display_name from platform.user_account where email = ?",
				String.class, "manager@demo.example");

		ApiClient.Response created = manager.post("/api/v1/training/recommendations", Map.of("employeeId", miner,
				"courseId", safety, "text", "下井前先补安全规程"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(manager.post("/api/v1/training/recommendations", Map.of("employeeId", miner, "courseId", licence,
				"text", "证书下月到期前取得")).status()).isEqualTo(201);

		JsonNode recommendations = manager.get("/api/v1/training/recommendations?employeeId=" + miner).json();
		assertThat(reasons(recommendations, safety)).containsExactly("MANAGER: " + name + ": 下井前先补安全规程");
		assertThat(reasons(recommendations, licence)).contains("MANAGER: " + name + ": 证书下月到期前取得")
			.anyMatch(r -> r.startsWith("CERTIFICATE: 岗位要求 '测试证 " + type));
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where action = 'RECOMMEND' "
				+ "and entity_type = 'TrainingRecommendation' and after_state like ?", Long.class, "%" + miner + "%")).isEqualTo(2);

		assertThat(manager.post("/api/v1/training/recommendations/accept", Map.of("employeeId", miner, "courseId",
				safety)).status()).isEqualTo(201);
		assertThat(reasons(manager.get("/api/v1/training/recommendations?employeeId=" + miner).json(), safety))
			.isEmpty();
		assertProblem(manager.post("/api/v1/training/recommendations", Map.of("employeeId", miner, "courseId", safety,
				"text", "再学一遍")), 409);
	}

	@Test
	void hrRecommendsAndTheEmployeeSeesItOnTheirOwnList() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID course = TrainingFixtures.createCourse(hr, TrainingFixtures.course("ONLINE", "PDF", null, 0, List.of()));
		UUID employee = new DemoData(jdbc).employeeOfUser("employee@demo.example");
		assertThat(hr.post("/api/v1/training/recommendations", Map.of("employeeId", employee, "courseId", course,
				"text", "Sales basics")).status()).isEqualTo(201);

		JsonNode mine = ApiClient.as(port, "employee@demo.example").get("/api/v1/me/training/recommendations").json();
		assertThat(reasons(mine, course)).singleElement().satisfies(r -> assertThat(r).startsWith("MANAGER: ")
			.endsWith(": Sales basics"));
	}

	@Test
	void badInputIsRefusedInTheCallersLanguageAndNothingIsStored() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID course = TrainingFixtures.createCourse(hr, TrainingFixtures.course("ONLINE", "PDF", null, 0, List.of()));
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), TrainingFixtures.newPosition(port));
		ApiClient manager = ApiClient.as(port, "manager@demo.example").inLanguage("zh-CN");

		JsonNode blank = assertProblem(manager.post("/api/v1/training/recommendations", Map.of("employeeId", miner,
				"courseId", course, "text", " ")), 400);
		assertThat(errorFields(blank)).contains("text");
		assertThat(blank.get("detail").asString()).containsPattern("\\p{IsHan}");
		JsonNode unknown = assertProblem(manager.post("/api/v1/training/recommendations", Map.of("employeeId", miner,
				"courseId", UUID.randomUUID(), "text", "学")), 400);
		assertThat(errorFields(unknown)).contains("courseId");
		assertProblem(ApiClient.as(port, "employee@demo.example").post("/api/v1/training/recommendations",
				Map.of("employeeId", miner, "courseId", course, "text", "学")), 404);
		UUID self = new DemoData(jdbc).employeeOfUser("employee@demo.example");
		assertProblem(ApiClient.as(port, "employee@demo.example").post("/api/v1/training/recommendations",
				Map.of("employeeId", self, "courseId", course, "text", "学")), 403);
		assertThat(jdbc.queryForObject("select count(*) from training.manager_recommendation where course_id = ?",
				Long.class, course)).isZero();
	}
}
