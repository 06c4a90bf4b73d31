package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import io.renloop.support.Multipart;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The attrition endpoints' rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee,
 * interviewer): HR and the admin train and use models (ANALYTICS_ADMIN); managers read the risks of their subtree
 * (ANALYTICS_READ); nobody else sees either.
 */
final class AttritionMatrixRows {

	private AttritionMatrixRows() {
	}

	static List<Row> rows() {
		String models = "/api/v1/analytics/attrition/models";
		String unknown = "/" + UUID.randomUUID();
		return List.of(
				new Row("POST /api/v1/analytics/attrition/models", "POST", models, () -> Multipart.form(Map.of("target", "Left", "positive", "Yes"), "file", "matrix.csv", "Attrition,OverTime\nYes,No\n"), "400 400 403 403 403 403"),
				new Row("POST /api/v1/analytics/attrition/models/{modelId}/predict", "POST", models + unknown + "/predict", () -> Multipart.file("file", "matrix.csv", "OverTime\nNo\n"), "404 404 403 403 403 403"),
				new Row("GET /api/v1/analytics/attrition/models", "GET", models, null, "2xx 2xx 403 403 403 403"),
				new Row("GET /api/v1/analytics/attrition/models/{modelId}", "GET", models + unknown, null, "404 404 403 403 403 403"),
				new Row("POST /api/v1/analytics/attrition/models/tenant", "POST", models + "/tenant?asOf=2000-01-01", null, "409 409 403 403 403 403"),
				new Row("GET /api/v1/analytics/attrition-risk", "GET", "/api/v1/analytics/attrition-risk?departmentId=" + UUID.randomUUID(), null, "404 404 403 404 403 403"));
	}
}
