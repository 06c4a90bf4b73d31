package io.renloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import java.util.Map;

/**
 * Single sign-on settings of the demo tenant for the matrix and the isolation probes to find: an OpenID Connect
 * provider and a WeCom application whose names carry {@link #MARKER}, which no answer to another tenant may contain.
 */
final class SingleSignOnDemoSettings {

	static final String MARKER = "sso-demo-marker";

	private SingleSignOnDemoSettings() {
	}

	static void ensure(ApiClient demoAdmin) {
		ApiClient.Response oidc = demoAdmin.put("/api/v1/admin/sso/oidc", Map.of("providerName", MARKER, "issuer",
				"https://" + MARKER + ".example", "clientId", MARKER, "clientSecret", MARKER + "-secret", "matchClaim",
				"WORK_EMAIL"));
		assertThat(oidc.status()).as(oidc.body()).isEqualTo(200);
		ApiClient.Response wecom = demoAdmin.put("/api/v1/admin/sso/wecom",
				Map.of("appId", MARKER, "agentId", "1", "secret", MARKER + "-secret"));
		assertThat(wecom.status()).as(wecom.body()).isEqualTo(200);
	}
}
