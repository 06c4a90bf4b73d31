package io.renloop.platform;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;

/**
 * Several app nodes share one database, so a page session must not live in one node's memory: it is a row of
 * {@code platform.spring_session} that every node reads, carrying the signed-in principal in a form another node
 * can deserialize. The row is the session: without it the browser is signed out, on every node at once.
 */
@RenloopIntegrationTest
class PageSessionsLiveInTheDatabaseTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSignedInSessionIsARowWhosePrincipalAnotherNodeCanRead() throws Exception {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		BrowserSession browser = signedIn(email);

		assertThat(sessionsOf(email)).isEqualTo(1);
		byte[] context = jdbc.queryForObject("""
				select a.attribute_bytes from platform.spring_session_attributes a
				join platform.spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""", byte[].class, email);
		RenloopPrincipal principal = (RenloopPrincipal) deserialized(context).getAuthentication().getPrincipal();
		assertThat(principal.currentUser().email()).isEqualTo(email);
		assertThat(principal.currentUser().roles()).containsExactly(Role.HR_ADMIN);
		assertThat(browser.get("/audit").status()).isEqualTo(200);
	}

	@Test
	void deletingTheRowEndsTheSession() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		BrowserSession browser = signedIn(email);

		jdbc.update("delete from platform.spring_session where principal_name = ?", email);

		assertEndedAtLogin(browser.get("/audit"));
	}

	@Test
	void aSessionEndedBecauseItsLoginChangedIsRemovedFromTheDatabase() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		BrowserSession browser = signedIn(email);

		jdbc.update("update platform.user_account set security_stamp = security_stamp + 1 where email = ?", email);

		assertEndedAtLogin(browser.get("/audit"));
		assertThat(sessionsOf(email)).isZero();
	}

	private BrowserSession signedIn(String email) {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.signIn(email, ApiClient.PASSWORD).location()).doesNotContain("error");
		assertThat(browser.get("/audit").status()).as("signed in").isEqualTo(200);
		return browser;
	}

	private int sessionsOf(String email) {
		return jdbc.queryForObject("select count(*) from platform.spring_session where principal_name = ?",
				Integer.class, email);
	}

	/** What another node does with the row: plain Java deserialization, as Spring Session JDBC stores it. */
	private static SecurityContext deserialized(byte[] bytes) throws IOException, ClassNotFoundException {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			return (SecurityContext) in.readObject();
		}
	}

	private static void assertEndedAtLogin(BrowserSession.Page page) {
		assertThat(page.status()).as("status of %s", page.body()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}
}
