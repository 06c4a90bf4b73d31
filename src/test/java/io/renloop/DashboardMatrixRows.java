package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import java.util.List;
import java.util.function.Supplier;

/**
 * The people dashboards' rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee,
 * interviewer): ANALYTICS_READ (admin, hr, manager within their subtree) reads and exports; ANALYTICS_ADMIN (admin,
 * hr) rebuilds the read models.
 */
final class DashboardMatrixRows {

	private DashboardMatrixRows() {
	}

	static List<Row> rows() {
		String rows = "?series=hires&x=2025-03&from=2025-01-01&to=2025-12-31";
		return List.of(
				row("GET /api/v1/analytics/{dashboard}", "GET", "/api/v1/analytics/turnover", null, "2xx 2xx 403 2xx 403 403"),
				row("GET /api/v1/analytics/{dashboard}/rows", "GET", "/api/v1/analytics/turnover/rows" + rows, null, "2xx 2xx 403 2xx 403 403"),
				row("GET /api/v1/analytics/{dashboard}/export", "GET", "/api/v1/analytics/turnover/export?format=xlsx", null, "2xx 2xx 403 2xx 403 403"),
				row("GET /api/v1/analytics/{dashboard}/rows/export", "GET", "/api/v1/analytics/turnover/rows/export" + rows, null, "2xx 2xx 403 2xx 403 403"),
				row("POST /api/v1/analytics/rebuild", "POST", "/api/v1/analytics/rebuild", null, "2xx 2xx 403 403 403 403"));
	}

	private static Row row(String endpoint, String method, String path, Supplier<Object> body, String expected) {
		return new Row(endpoint, method, path, body, expected);
	}
}
