package io.renloop.platform.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.BrowserSession.Page;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tenant's own OpenID Connect provider (a real one, on a local port) signs its people in: the ID token's work
 * e-mail finds their login within the tenant, and the page session is the one a password login opens, kept in the
 * database. A token from another issuer, a person without a login (even one with a login in another tenant) and a
 * disabled login are refused with a message on the login page; a new person gets a login only when the tenant
 * allows it.
 */
@RenloopIntegrationTest
class SignInWithTheTenantsOidcProviderTests {

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static final String CLIENT_ID = "renloop-hr";

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	String tenant;

	ApiClient tenantAdmin;

	@BeforeAll
	static void startProvider() {
		provider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@BeforeEach
	void tenantWithItsProvider() {
		tenant = TestUsers.createTenant(administration, "oidc");
		tenantAdmin = ApiClient.as(port, TestUsers.createUser(administration, tenant, Role.TENANT_ADMIN));
		setUpProvider(false);
	}

	@Test
	void aPersonWithALoginIsSignedIntoAPageSessionKeptInTheDatabase() {
		String email = TestUsers.createUser(administration, tenant, Role.EMPLOYEE);
		BrowserSession browser = new BrowserSession(port);

		Page answer = signIn(browser, Map.of("email", email));

		assertThat(answer.location()).doesNotContain("/login");
		assertThat(browser.get("/me").status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from platform.spring_session where principal_name = ?",
				Integer.class, email)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from platform.sso_link where tenant_id = ? and provider = 'OIDC'",
				Integer.class, tenant)).isEqualTo(1);
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() {
		String email = TestUsers.createUser(administration, tenant, Role.EMPLOYEE);
		BrowserSession browser = new BrowserSession(port);

		Page answer = signIn(browser, Map.of("email", email, "iss", "http://attacker.example/" + tenant));

		assertRefused(browser, answer, "failed");
	}

	@Test
	void aPersonWithoutALoginInTheTenantIsRefused() {
		BrowserSession browser = new BrowserSession(port);
		assertRefused(browser, signIn(browser, Map.of("email", TestUsers.unique("stranger") + "@" + tenant + ".test")),
				"unknownUser");

		BrowserSession demoUsersBrowser = new BrowserSession(port);
		assertRefused(demoUsersBrowser, signIn(demoUsersBrowser, Map.of("email", "hr@demo.example")), "unknownUser");
	}

	@Test
	void aDisabledLoginIsRefused() {
		String email = TestUsers.createUser(administration, tenant, Role.EMPLOYEE);
		jdbc.update("update platform.user_account set enabled = false where email = ?", email);
		BrowserSession browser = new BrowserSession(port);

		assertRefused(browser, signIn(browser, Map.of("email", email)), "disabledUser");
	}

	@Test
	void aNewPersonGetsAnEmployeeLoginOnlyWhenTheTenantAllowsIt() {
		String email = TestUsers.unique("newcomer") + "@" + tenant + ".test";
		BrowserSession refused = new BrowserSession(port);
		assertRefused(refused, signIn(refused, Map.of("email", email, "name", "新 员工")), "unknownUser");

		setUpProvider(true);
		BrowserSession browser = new BrowserSession(port);
		assertThat(signIn(browser, Map.of("email", email, "name", "新 员工")).location()).doesNotContain("/login");

		assertThat(browser.get("/me").status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select roles from platform.user_account where email = ? and tenant_id = ?",
				String.class, email, tenant)).isEqualTo("EMPLOYEE");
	}

	@Test
	void theLoginPageOffersTheProviderOfTheTenantItNames() {
		BrowserSession browser = new BrowserSession(port);

		assertThat(browser.get("/login?tenant=" + tenant).body()).contains("Test IdP").contains("/sso/oidc/" + tenant);
		assertThat(browser.get("/sso/oidc/" + tenant).location()).endsWith("/oauth2/authorization/" + tenant);
		assertThat(browser.get("/login").body()).doesNotContain("id=\"sso-oidc\"");
		Page unknown = browser.get("/sso/oidc/no-such-tenant");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("id=\"sso-refusal\"");
		assertThat(browser.get("/oauth2/authorization/no-such-tenant").location()).as("no server error")
			.endsWith("/login");
	}

	@Test
	void theClientSecretIsSealedAndNeverReturned() {
		ApiClient.Response settings = tenantAdmin.get("/api/v1/admin/sso/oidc");

		assertThat(settings.status()).isEqualTo(200);
		assertThat(settings.body()).doesNotContain("provider-secret").contains("\"secretSet\":true");
		byte[] stored = jdbc.queryForObject("select client_secret from platform.sso_oidc where tenant_id = ?",
				byte[].class, tenant);
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("provider-secret");
	}

	private void setUpProvider(boolean createAccounts) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("providerName", "Test IdP");
		settings.put("issuer", provider.issuerUrl(tenant).toString());
		settings.put("clientId", CLIENT_ID);
		settings.put("clientSecret", "provider-secret");
		settings.put("matchClaim", "WORK_EMAIL");
		settings.put("createAccounts", createAccounts);
		ApiClient.Response saved = tenantAdmin.put("/api/v1/admin/sso/oidc", settings);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	/** The browser's round trip: Renloop → the provider (which signs the person in at once) → Renloop. */
	private Page signIn(BrowserSession browser, Map<String, Object> claims) {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(tenant, TestUsers.unique("subject"), "JWT",
				List.of(CLIENT_ID), claims, 3600));
		Page start = browser.get("/oauth2/authorization/" + tenant);
		assertThat(start.status()).as(start.body()).isEqualTo(302);
		assertThat(start.location()).startsWith(provider.issuerUrl(tenant).toString());
		Page authorized = browser.follow(start.location());
		assertThat(authorized.location()).as("the provider returns with a code").contains("/login/oauth2/code/" + tenant);
		Page answer = browser.follow(authorized.location());
		assertThat(answer.status()).isEqualTo(302);
		return answer;
	}

	private static void assertRefused(BrowserSession browser, Page answer, String reason) {
		assertThat(answer.location()).endsWith("/login?sso=" + reason);
		Page login = browser.follow(answer.location());
		assertThat(login.body()).contains("id=\"sso-error\"");
		assertThat(browser.get("/me").location()).as("not signed in").endsWith("/login");
	}
}
