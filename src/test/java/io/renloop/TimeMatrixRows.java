package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import io.renloop.support.Multipart;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee, interviewer) for the time
 * requests lists, the clock rules, the leave policy and the clock event file import: everybody with attendance lists
 * the requests of their scope; HR and the admin read and set the rules and the policy and import terminal exports.
 */
final class TimeMatrixRows {

	private TimeMatrixRows() {
	}

	static List<Row> rows() {
		return List.of(
				row("GET /api/v1/attendance/shift-swaps", "GET", "/api/v1/attendance/shift-swaps", null, "2xx 2xx 403 2xx 2xx 403"),
				row("GET /api/v1/attendance/rules", "GET", "/api/v1/attendance/rules", null, "2xx 2xx 403 2xx 2xx 403"),
				// an overtime rule only the service refuses: nothing changes, and the role check comes first
				row("PUT /api/v1/attendance/rules", "PUT", "/api/v1/attendance/rules", () -> Map.of("graceMinutes", 5, "minOvertimeMinutes", 30, "overtimeRule", "MATRIX", "correctionMonthlyLimit", 3), "400 400 403 403 403 403"),
				row("GET /api/v1/leave/policy", "GET", "/api/v1/leave/policy", null, "2xx 2xx 403 2xx 2xx 403"),
				row("PUT /api/v1/leave/policy", "PUT", "/api/v1/leave/policy", () -> Map.of("province", "XX", "accrual", "YEARLY", "carryOverMaxDays", 5, "carryOverMonths", 3), "400 400 403 403 403 403"),
				row("POST /api/v1/attendance/clock-events/file", "POST", "/api/v1/attendance/clock-events/file", () -> Multipart.form(Map.of("dryRun", "true"), "file", "export.csv", "工号,时间\nNOBODY,2026-03-02 08:00\n"), "422 422 403 403 403 403"));
	}

	private static Row row(String endpoint, String method, String path, Supplier<Object> body, String expected) {
		return new Row(endpoint, method, path, body, expected);
	}
}
