package io.renloop;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Single sign-on's probes for {@link TenantIsolationTests}: acme's logins (its HR gets 403, its admin its own
 * settings) never read demo's provider, app or links, and what acme's admin changes lands in acme only.
 */
final class SingleSignOnIsolationProbes {

	private static final String BASE = "/api/v1/admin/sso";

	private final JdbcTemplate jdbc;

	private final UUID demoUser;

	SingleSignOnIsolationProbes(JdbcTemplate jdbc, ApiClient demoAdmin) {
		this.jdbc = jdbc;
		SingleSignOnDemoSettings.ensure(demoAdmin);
		this.demoUser = jdbc.queryForObject("select id from platform.user_account where email = 'employee@demo.example'",
				UUID.class);
		jdbc.update("""
				insert into platform.sso_link (tenant_id, provider, external_id, user_id, linked_at)
				values ('demo', 'WECOM', ?, ?, now()) on conflict do nothing""", SingleSignOnDemoSettings.MARKER, demoUser);
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(
				entry("GET " + BASE + "/oidc", new Probe("acmeReadsNoDemoOidcProvider", acme -> readsNoDemo(acme, "/oidc"))),
				entry("PUT " + BASE + "/oidc", new Probe("acmeOidcProviderLandsInAcme", this::oidcLandsInAcme)),
				entry("GET " + BASE + "/{app}", new Probe("acmeReadsNoDemoWeComApp", acme -> readsNoDemo(acme, "/wecom"))),
				entry("PUT " + BASE + "/{app}", new Probe("acmeWeComAppLandsInAcme", this::weComLandsInAcme)),
				entry("GET " + BASE + "/policy", new Probe("acmeReadsItsOwnPolicy", acme -> readsNoDemo(acme, "/policy"))),
				entry("PUT " + BASE + "/policy", new Probe("acmePolicyLandsInAcme", this::policyLandsInAcme)),
				entry("GET " + BASE + "/links", new Probe("acmeReadsNoDemoLinks", acme -> readsNoDemo(acme, "/links"))),
				entry("PUT " + BASE + "/links", new Probe("acmeCannotLinkToDemoLogin", this::cannotLinkToDemoLogin)));
	}

	private static void readsNoDemo(ApiClient acme, String path) {
		ApiClient.Response answer = acme.get(BASE + path);
		assertThat(answer.status()).as(answer.body()).isIn(200, 403, 404);
		assertThat(answer.body()).doesNotContain(SingleSignOnDemoSettings.MARKER);
	}

	private void oidcLandsInAcme(ApiClient acme) {
		ApiClient.Response answer = acme.put(BASE + "/oidc", Map.of("providerName", "Acme IdP", "issuer",
				"https://idp.acme.example", "clientId", "acme", "clientSecret", "acme-secret", "matchClaim", "WORK_EMAIL"));
		assertThat(answer.status()).as(answer.body()).isIn(200, 403);
		assertThat(jdbc.queryForObject("select provider_name from platform.sso_oidc where tenant_id = 'demo'",
				String.class)).isEqualTo(SingleSignOnDemoSettings.MARKER);
	}

	private void weComLandsInAcme(ApiClient acme) {
		ApiClient.Response answer = acme.put(BASE + "/wecom", Map.of("appId", "acme-corp", "secret", "acme-secret"));
		assertThat(answer.status()).as(answer.body()).isIn(200, 403);
		assertThat(jdbc.queryForObject(
				"select app_id from platform.sso_chat_app where tenant_id = 'demo' and provider = 'WECOM'", String.class))
			.isEqualTo(SingleSignOnDemoSettings.MARKER);
	}

	private void policyLandsInAcme(ApiClient acme) {
		ApiClient.Response answer = acme.put(BASE + "/policy", Map.of("passwordsOff", true));
		assertThat(answer.status()).as(answer.body()).isIn(200, 403);
		assertThat(jdbc.queryForObject("select passwords_off from platform.tenant where id = 'demo'", Boolean.class))
			.isFalse();
		// acme's people keep signing in with passwords in the other tests of this JVM
		assertThat(acme.put(BASE + "/policy", Map.of("passwordsOff", false)).status()).isIn(200, 403);
	}

	private void cannotLinkToDemoLogin(ApiClient acme) {
		ApiClient.Response answer = acme.put(BASE + "/links",
				Map.of("provider", "WECOM", "externalId", "acme-probe", "userId", demoUser));
		assertThat(answer.status()).as(answer.body()).isIn(403, 404);
		assertThat(jdbc.queryForObject("select count(*) from platform.sso_link where external_id = 'acme-probe'",
				Integer.class)).isZero();
	}
}
