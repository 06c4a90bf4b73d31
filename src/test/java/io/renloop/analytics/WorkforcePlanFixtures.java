package io.renloop.analytics;

import io.renloop.support.ApiClient;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fresh positions and strategy maps for the workforce plan tests, so that no demo figure matters. */
final class WorkforcePlanFixtures {

	private WorkforcePlanFixtures() {
	}

	/** A new position of demo nobody holds yet. */
	static UUID freshPosition(ApiClient hr) {
		String code = TestUsers.unique("WFP");
		return UUID.fromString(hr.post("/api/v1/positions", Map.of("code", code, "name", "规划岗位 " + code))
			.json()
			.get("id")
			.asString());
	}

	static Map<String, Object> goal(String code, Object baseline, Object target) {
		return new HashMap<>(Map.of("code", code, "nameZh", "新增产能 " + code, "nameEn", "Capacity " + code, "metric",
				"原煤产能", "unit", "万吨", "baseline", baseline, "target", target));
	}

	static Map<String, Object> driver(String goal, UUID department, UUID position, Object outputPerPerson) {
		return new HashMap<>(Map.of("goal", goal, "departmentId", department, "positionId", position, "outputPerPerson",
				outputPerPerson));
	}

	static Map<String, Object> rule(UUID department, UUID position, Object perPeople, UUID basisDepartment,
			List<UUID> basisPositions) {
		return new HashMap<>(Map.of("departmentId", department, "positionId", position, "perPeople", perPeople,
				"basisDepartmentId", basisDepartment, "basisPositionIds", basisPositions));
	}

	static Map<String, Object> plan(List<Map<String, Object>> goals, List<Map<String, Object>> drivers,
			List<Map<String, Object>> rules) {
		return new HashMap<>(Map.of("name", TestUsers.unique("规划"), "year", 2027, "goals", goals, "outputDrivers",
				drivers, "ratioRules", rules));
	}
}
