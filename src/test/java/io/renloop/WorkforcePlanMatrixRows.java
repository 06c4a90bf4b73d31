package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The workforce plan endpoints' rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee,
 * interviewer): ANALYTICS_READ reads (HR, the admin, managers within their subtree), ANALYTICS_ADMIN writes (HR and the
 * admin); recruiters, employees and interviewers have neither.
 */
final class WorkforcePlanMatrixRows {

	private WorkforcePlanMatrixRows() {
	}

	static List<Row> rows() {
		String plans = "/api/v1/workforce-plans";
		String unknown = plans + "/" + UUID.randomUUID();
		return List.of(
				row("GET /api/v1/workforce-plans", "GET", plans, null, "2xx 2xx 403 2xx 403 403"),
				row("POST /api/v1/workforce-plans", "POST", plans, WorkforcePlanMatrixRows::planOfUnknownDepartment, "400 400 403 403 403 403"),
				row("GET /api/v1/workforce-plans/{id}", "GET", unknown, null, "404 404 403 404 403 403"),
				row("PUT /api/v1/workforce-plans/{id}", "PUT", unknown, WorkforcePlanMatrixRows::planOfUnknownDepartment, "404 404 403 403 403 403"),
				row("DELETE /api/v1/workforce-plans/{id}", "DELETE", unknown, null, "404 404 403 403 403 403"),
				row("POST /api/v1/workforce-plans/{id}/requisitions", "POST", unknown + "/requisitions", null, "404 404 403 403 403 403"),
				row("GET /api/v1/workforce-plans/{id}/tracking", "GET", unknown + "/tracking", null, "404 404 403 404 403 403"));
	}

	/** Well-formed, but its driver names a department no tenant has. */
	static Map<String, Object> planOfUnknownDepartment() {
		return Map.of("name", "矩阵规划", "year", 2031,
				"goals", List.of(Map.of("code", "G", "nameZh", "矩阵目标", "nameEn", "Matrix goal", "metric", "产能", "unit",
						"万吨", "baseline", 1, "target", 2)),
				"outputDrivers", List.of(Map.of("goal", "G", "departmentId", UUID.randomUUID(), "positionId",
						UUID.randomUUID(), "outputPerPerson", 1)));
	}

	private static Row row(String endpoint, String method, String path, Supplier<Object> body, String expected) {
		return new Row(endpoint, method, path, body, expected);
	}
}
