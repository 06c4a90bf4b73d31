package io.renloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * After start-up the demo's newest miners have recommendations that say why: their AI interview's weak dimensions
 * matched to courses, and the manager's own recommendation quoting the manager's name.
 */
@RenloopIntegrationTest
class DemoNewMinersHaveRecommendationsWithReasonsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theNewestMinersAreRecommendedCoursesForTheirInterviewWeaknessesAndByTheirManager() {
		List<UUID> hires = jdbc.queryForList("""
				select distinct employee_id from training.development_need
				where tenant_id = 'demo' and source = 'AI_INTERVIEW' and ref_key like ?""", UUID.class,
				UUID.nameUUIDFromBytes("demo-interview-0".getBytes()) + ":%");
		assertThat(hires).hasSize(1);
		ApiClient hr = ApiClient.as(port, "hr@demo.example").inLanguage("zh-CN");

		JsonNode recommendations = hr.get("/api/v1/training/recommendations?employeeId=" + hires.get(0)).json();
		List<String> reasons = recommendations.valueStream()
			.flatMap(r -> r.get("reasons").valueStream())
			.map(r -> r.get("source").asString() + ": " + r.get("text").asString())
			.toList();
		assertThat(reasons).contains("AI_INTERVIEW: AI 面试 '通风系统' 维度 48/100")
			.anyMatch(r -> r.startsWith("MANAGER: ") && r.endsWith(": " + DemoTrainingRecommendations.MANAGER_TEXT));
	}
}
