package io.renloop.platform;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signed-in page session keeps the rights its login had at sign-in only until the login changes: once an
 * administrator changes its roles, disables it or sets a new password, the session ends at its next request, on
 * whichever node that request lands, because the login's security stamp lives in the database.
 */
@RenloopIntegrationTest
class SessionsEndWhenAccessChangesTests {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demotedAndDisabledUserCanNoLongerReadTheAuditLogOrRevealPersonalData() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		BrowserSession browser = signedIn(email);
		UUID employee = new DemoData(jdbc).someEmployeeIn(DEMO, "COAL-2");
		String csrf = csrfOf(browser.get("/audit"));
		assertThat(reveal(browser, employee, csrf).status()).as("before the change").isEqualTo(200);

		changeAccess(email, Map.of("roles", List.of("EMPLOYEE"), "enabled", false));

		assertEndedAtLogin(reveal(browser, employee, csrf));
		assertEndedAtLogin(browser.get("/audit"));
	}

	@Test
	void demotionAloneEndsTheSessionAndTheNextSignInHasTheNewRights() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		BrowserSession browser = readingTheAuditLog(email);

		changeAccess(email, Map.of("roles", List.of("EMPLOYEE")));

		assertEndedAtLogin(browser.get("/audit"));
		BrowserSession again = signedIn(email);
		assertThat(again.get("/").status()).isEqualTo(200);
		assertThat(again.get("/audit").status()).isEqualTo(403);
	}

	@Test
	void aNewPasswordEndsTheSessionsOpenedWithTheOldOne() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		BrowserSession browser = readingTheAuditLog(email);

		ApiClient.Response changed = ApiClient.as(port, "admin@demo.example")
			.put("/api/v1/users/" + userId(email) + "/password", Map.of("password", "Granite-orbit-2026"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);

		assertEndedAtLogin(browser.get("/audit"));
		BrowserSession again = new BrowserSession(port);
		assertThat(again.signIn(email, "Granite-orbit-2026").location()).doesNotContain("error");
		assertThat(again.get("/audit").status()).isEqualTo(200);
	}

	@Test
	void aChangeWrittenByAnotherNodeEndsTheSessionToo() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		BrowserSession browser = readingTheAuditLog(email);

		// what another app node does when it changes the login: only the shared database knows
		jdbc.update("update platform.user_account set security_stamp = security_stamp + 1 where id = ?", userId(email));

		assertEndedAtLogin(browser.get("/audit"));
	}

	@Test
	void changesOfOtherLoginsOrUnchangedAccessKeepTheSession() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		String colleague = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		BrowserSession browser = signedIn(email);

		changeAccess(colleague, Map.of("roles", List.of("EMPLOYEE"), "enabled", false));
		changeAccess(email, Map.of("roles", List.of("HR_ADMIN")));

		assertThat(browser.get("/audit").status()).isEqualTo(200);
	}

	private BrowserSession signedIn(String email) {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.signIn(email, ApiClient.PASSWORD).location()).doesNotContain("error");
		return browser;
	}

	private BrowserSession readingTheAuditLog(String email) {
		BrowserSession browser = signedIn(email);
		assertThat(browser.get("/audit").status()).as("before the change").isEqualTo(200);
		return browser;
	}

	private void changeAccess(String email, Map<String, Object> change) {
		ApiClient.Response changed = ApiClient.as(port, "admin@demo.example")
			.put("/api/v1/users/" + userId(email) + "/access", change);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
	}

	private UUID userId(String email) {
		return jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class, email);
	}

	private static BrowserSession.Page reveal(BrowserSession browser, UUID employee, String csrf) {
		return browser.postForm("/employees/" + employee + "/personal-data", Map.of("_csrf", csrf));
	}

	private static void assertEndedAtLogin(BrowserSession.Page page) {
		assertThat(page.status()).as("status of %s", page.body()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	/** Pages carry their CSRF token in a meta tag for htmx. */
	private static String csrfOf(BrowserSession.Page page) {
		Matcher matcher = CSRF_META.matcher(page.body());
		assertThat(matcher.find()).as("CSRF meta tag").isTrue();
		return matcher.group(1);
	}
}
