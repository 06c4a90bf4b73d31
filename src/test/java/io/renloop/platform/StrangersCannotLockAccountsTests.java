package io.renloop.platform;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords make their source address wait, per login, with waits that double (1, 2, 4… minutes); they never
 * lock the login itself: its owner still signs in from elsewhere, its API tokens keep working, and the login page
 * never tells whether a login is being guessed at. The test's two sources are the IPv4 and IPv6 loopback addresses.
 */
@RenloopIntegrationTest
class StrangersCannotLockAccountsTests {

	/**
	 * The IPv6 loopback address: a source other than the guesser's {@code localhost} (127.0.0.1). Other IPv4 loopback
	 * addresses would not do: the kernel sends from 127.0.0.1 to all of them.
	 */
	static final String OTHER_SOURCE = "[::1]";

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOwnerSignsInFromAnotherSourceWhileTheGuessersSourceWaits() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		guessFiveTimes(email);

		assertThat(new BrowserSession(port).signIn(email, ApiClient.PASSWORD).location())
			.as("the guesser's source waits, even with the right password").endsWith("/login?error=bad");
		BrowserSession owner = new BrowserSession(OTHER_SOURCE, port);
		assertThat(owner.signIn(email, ApiClient.PASSWORD).location()).doesNotContain("error");
		assertThat(owner.get("/").status()).isEqualTo(200);
	}

	@Test
	void theLoginsApiTokensKeepWorking() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		ApiClient token = ApiClient.withToken(port, ApiClient.withBasic(port, email, ApiClient.PASSWORD)
			.post("/api/v1/auth/tokens", Map.of("name", "integration"))
			.json()
			.get("token")
			.asString());
		guessFiveTimes(email);

		assertThat(token.get("/api/v1/departments").status()).isEqualTo(200);
	}

	@Test
	void theLoginPageAnswersAWaitingSourceExactlyAsAWrongPassword() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		BrowserSession guesser = new BrowserSession(port);
		String wrongPassword = guesser.signIn(email, "wrong-password").location();
		guessFiveTimes(email);
		String waiting = guesser.signIn(email, ApiClient.PASSWORD).location();

		assertThat(waiting).isEqualTo(wrongPassword);
		String page = guesser.get("/login?error=bad&lang=en").body();
		assertThat(page).contains("Wrong e-mail or password").doesNotContain("locked");
	}

	@Test
	void eachFurtherWrongPasswordDoublesTheWait() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		guessFiveTimes(email);
		assertThat(wait(email)).isEqualTo(Duration.ofMinutes(1));

		waitIsOver(email);
		assertThat(new BrowserSession(port).signIn(email, "wrong-again").location()).endsWith("/login?error=bad");
		assertThat(wait(email)).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void theRightPasswordAfterTheWaitStartsTheCountAfresh() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		guessFiveTimes(email);
		waitIsOver(email);

		assertThat(new BrowserSession(port).signIn(email, ApiClient.PASSWORD).location()).doesNotContain("error");
		assertThat(jdbc.queryForObject("select count(*) from platform.login_throttle where user_id = ?", Integer.class,
				userId(email))).isZero();
	}

	@Test
	void anAdministratorSeesAndLiftsTheWaits() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		guessFiveTimes(email);
		ApiClient admin = ApiClient.as(port, "admin@demo.example");
		assertThat(admin.get("/api/v1/users/" + userId(email)).json().get("locked").asBoolean()).isTrue();

		assertThat(admin.post("/api/v1/users/" + userId(email) + "/unlock", null).json().get("locked").asBoolean())
			.isFalse();
		assertThat(new BrowserSession(port).signIn(email, ApiClient.PASSWORD).location()).doesNotContain("error");
	}

	@Test
	void guessesOverHttpBasicCountForTheSameSource() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertProblem(ApiClient.withBasic(port, email, "wrong-" + attempt).post("/api/v1/auth/tokens",
					Map.of("name", "guess")), 401);
		}
		assertThat(new BrowserSession(port).signIn(email, ApiClient.PASSWORD).location()).endsWith("/login?error=bad");
		assertThat(new BrowserSession(OTHER_SOURCE, port).signIn(email, ApiClient.PASSWORD).location())
			.doesNotContain("error");
	}

	private void guessFiveTimes(String email) {
		BrowserSession guesser = new BrowserSession(port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(guesser.signIn(email, "wrong-" + attempt).location()).endsWith("/login?error=bad");
		}
	}

	/** The wait of the source after its last wrong password. */
	private Duration wait(String email) {
		Long seconds = jdbc.queryForObject("""
				select extract(epoch from delayed_until - last_failure_at)::bigint from platform.login_throttle
				where user_id = ?""", Long.class, userId(email));
		return Duration.ofSeconds(seconds);
	}

	/** Moves the source's failures and wait into the past, as if the guesser had waited. */
	private void waitIsOver(String email) {
		jdbc.update("""
				update platform.login_throttle set last_failure_at = last_failure_at - interval '20 minutes',
				delayed_until = delayed_until - interval '20 minutes' where user_id = ?""", userId(email));
	}

	private UUID userId(String email) {
		return jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class, email);
	}
}
