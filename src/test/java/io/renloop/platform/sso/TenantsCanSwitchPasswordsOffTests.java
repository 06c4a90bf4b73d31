package io.renloop.platform.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A tenant that requires single sign-on refuses the passwords of its logins, on the login page and for tokens over
 * HTTP Basic, with a message saying so (only after a right password: a wrong one reads as before). Its tenant
 * administrators keep their password, so that nobody locks the tenant out; other tenants are not touched.
 */
@RenloopIntegrationTest
class TenantsCanSwitchPasswordsOffTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	String admin;

	String employee;

	@BeforeEach
	void tenantThatRequiresSingleSignOn() {
		String tenant = TestUsers.createTenant(administration, "sso-only");
		admin = TestUsers.createUser(administration, tenant, Role.TENANT_ADMIN);
		employee = TestUsers.createUser(administration, tenant, Role.HR_ADMIN);
		ApiClient.Response policy = ApiClient.as(port, admin).put("/api/v1/admin/sso/policy", Map.of("passwordsOff", true));
		assertThat(policy.status()).as(policy.body()).isEqualTo(200);
	}

	@Test
	void theLoginPageRefusesAnEmployeesRightPasswordAndSaysWhy() {
		BrowserSession browser = new BrowserSession(port);

		BrowserSession.Page answer = browser.signIn(employee, ApiClient.PASSWORD);

		assertThat(answer.location()).endsWith("/login?error=passwords-off");
		assertThat(browser.follow(answer.location()).body()).contains("id=\"passwords-off\"");
		assertThat(browser.get("/me").location()).as("not signed in").endsWith("/login");
		assertThat(new BrowserSession(port).signIn(employee, "Wrong#Password1").location())
			.endsWith("/login?error=bad");
	}

	@Test
	void noTokenIsIssuedForAnEmployeesPassword() {
		ApiClient.Response refused = ApiClient.withBasic(port, employee, ApiClient.PASSWORD)
			.inLanguage("en")
			.post("/api/v1/auth/tokens", Map.of("name", "script"));

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("single sign-on");
	}

	@Test
	void theTenantAdministratorKeepsThePassword() {
		BrowserSession browser = new BrowserSession(port);

		assertThat(browser.signIn(admin, ApiClient.PASSWORD).location()).doesNotContain("/login");
		assertThat(ApiClient.withBasic(port, admin, ApiClient.PASSWORD).post("/api/v1/auth/tokens",
				Map.of("name", "script")).status()).isEqualTo(201);
	}

	@Test
	void switchingPasswordsOnAgainOnTheUsersPageLetsTheEmployeeIn() {
		BrowserSession browser = new BrowserSession(port);
		browser.signIn(admin, ApiClient.PASSWORD);
		BrowserSession.Page users = browser.get("/admin/users");
		assertThat(users.body()).contains("id=\"sso-policy\"").contains("id=\"sso-oidc-form\"");

		BrowserSession.Page saved = browser.postForm("/admin/users/sso/policy",
				Map.of("_csrf", BrowserSession.csrfTokenOf(users)));

		assertThat(saved.location()).endsWith("/admin/users#sso");
		assertThat(new BrowserSession(port).signIn(employee, ApiClient.PASSWORD).location()).doesNotContain("/login");
	}
}
