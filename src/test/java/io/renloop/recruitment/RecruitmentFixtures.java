package io.renloop.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds recruitment test data through the API as hr@demo: fresh positions (so that headcount plans of
 * different tests never meet), competency models and requisitions.
 */
final class RecruitmentFixtures {

	private final ApiClient hr;

	RecruitmentFixtures(int port) {
		this.hr = ApiClient.as(port, "hr@demo.example");
	}

	/** A new position with a planned headcount in the department and nobody filling it. */
	UUID positionWithPlan(UUID departmentId, int planned) {
		ApiClient.Response position = hr.post("/api/v1/positions",
				Map.of("code", TestUsers.unique("RQ"), "name", "安全工程师 " + TestUsers.unique("P")));
		assertThat(position.status()).as(position.body()).isEqualTo(201);
		UUID positionId = UUID.fromString(position.json().get("id").asString());
		ApiClient.Response plan = hr.put("/api/v1/headcount-plans",
				Map.of("departmentId", departmentId, "positionId", positionId, "planned", planned));
		assertThat(plan.status()).as(plan.body()).isEqualTo(200);
		return positionId;
	}

	/** A DRAFT requisition; returns its id. */
	String draftRequisition(UUID positionId, UUID departmentId, int headcount) {
		ApiClient.Response created = hr.post("/api/v1/requisitions",
				Map.of("positionId", positionId, "departmentId", departmentId, "headcount", headcount));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static Map<String, Object> safetyEngineerModel() {
		return Map.of("dimensions",
				List.of(Map.of("name", "安全意识", "weight", 0.4), Map.of("name", "技能熟练度", "weight", 0.35),
						Map.of("name", "职业素养", "weight", 0.25)),
				"mustHaves",
				Map.of("minYearsExperience", 3, "minEducation", "BACHELOR", "requiredCertificates",
						List.of("注册安全工程师"), "requiredSkills", List.of("隐患排查")),
				"niceToHaves", List.of(Map.of("kind", "SKILL", "name", "AutoCAD", "weight", 0.2)), "descriptionZh",
				"负责矿井安全管理与隐患排查。", "descriptionEn", "Runs mine safety management and hazard checks.");
	}
}
