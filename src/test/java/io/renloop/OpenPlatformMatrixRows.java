package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The open platform's rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee,
 * interviewer): webhooks and OAuth2 clients belong to the tenant administrator ({@code TENANT_ADMIN_ALL}) alone.
 */
final class OpenPlatformMatrixRows {

	private OpenPlatformMatrixRows() {
	}

	static List<Row> rows() {
		String unknown = "/" + UUID.randomUUID();
		String webhooks = "/api/v1/webhooks";
		return List.of(
				new Row("POST /api/v1/webhooks", "POST", webhooks,
						() -> Map.of("url", "ftp://matrix.example.com/hook", "events", List.of("employee.hired")),
						"400 403 403 403 403 403"),
				new Row("GET /api/v1/webhooks", "GET", webhooks, null, "2xx 403 403 403 403 403"),
				new Row("DELETE /api/v1/webhooks/{id}", "DELETE", webhooks + unknown, null, "404 403 403 403 403 403"),
				new Row("GET /api/v1/webhooks/{id}/deliveries", "GET", webhooks + unknown + "/deliveries", null,
						"404 403 403 403 403 403"),
				new Row("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay", "POST",
						webhooks + unknown + "/deliveries" + unknown + "/replay", null, "404 403 403 403 403 403"),
				new Row("POST /api/v1/webhooks/{id}/test", "POST", webhooks + unknown + "/test", null,
						"404 403 403 403 403 403"),
				new Row("POST /api/v1/oauth-clients", "POST", "/api/v1/oauth-clients",
						() -> Map.of("name", "matrix", "scopes", List.of("TENANT_ADMIN_ALL")), "400 403 403 403 403 403"),
				new Row("GET /api/v1/oauth-clients", "GET", "/api/v1/oauth-clients", null, "2xx 403 403 403 403 403"),
				new Row("DELETE /api/v1/oauth-clients/{id}", "DELETE", "/api/v1/oauth-clients" + unknown, null,
						"404 403 403 403 403 403"));
	}
}
