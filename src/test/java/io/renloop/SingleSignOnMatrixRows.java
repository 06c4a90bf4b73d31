package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import io.renloop.support.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Single sign-on's rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee, interviewer):
 * only the tenant administrator manages it. The changes are refused by the service after the permission check
 * (an issuer that is no web address, a new app without a secret, an unknown login), so the matrix leaves demo's
 * settings as {@link SingleSignOnDemoSettings} made them.
 */
final class SingleSignOnMatrixRows {

	private SingleSignOnMatrixRows() {
	}

	static List<Row> rows(ApiClient demoAdmin) {
		SingleSignOnDemoSettings.ensure(demoAdmin);
		String base = "/api/v1/admin/sso";
		return List.of(new Row("GET " + base + "/oidc", "GET", base + "/oidc", null, "2xx 403 403 403 403 403"),
				new Row("PUT " + base + "/oidc", "PUT", base + "/oidc", () -> Map.of("providerName", "matrix", "issuer",
						"ftp://matrix.example", "clientId", "matrix", "matchClaim", "WORK_EMAIL"), "400 403 403 403 403 403"),
				new Row("GET " + base + "/{app}", "GET", base + "/wecom", null, "2xx 403 403 403 403 403"),
				new Row("PUT " + base + "/{app}", "PUT", base + "/dingtalk", () -> Map.of("appId", "matrix"),
						"400 403 403 403 403 403"),
				new Row("GET " + base + "/policy", "GET", base + "/policy", null, "2xx 403 403 403 403 403"),
				new Row("PUT " + base + "/policy", "PUT", base + "/policy", () -> Map.of("passwordsOff", false),
						"2xx 403 403 403 403 403"),
				new Row("GET " + base + "/links", "GET", base + "/links", null, "2xx 403 403 403 403 403"),
				new Row("PUT " + base + "/links", "PUT", base + "/links", () -> Map.of("provider", "WECOM", "externalId",
						"matrix", "userId", UUID.randomUUID()), "404 403 403 403 403 403"));
	}
}
