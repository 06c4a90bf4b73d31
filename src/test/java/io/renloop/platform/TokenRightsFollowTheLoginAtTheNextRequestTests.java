package io.renloop.platform;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bearer token's principal is kept in memory between requests, yet the token never outlives a change of its
 * login or itself: demoted, disabled or revoked, the very next request has the new rights, also when the change
 * was written by another app node (only the shared database knows it).
 */
@RenloopIntegrationTest
class TokenRightsFollowTheLoginAtTheNextRequestTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDemotedLoginsTokenLosesItsRightsAtTheNextRequest() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		ApiClient token = readingTheAuditLog(issued(email).client());

		changeAccess(email, Map.of("roles", List.of("EMPLOYEE")));

		assertProblem(token.get("/api/v1/audit/events?size=1"), 403);
	}

	@Test
	void aDisabledLoginsTokenIsRefusedAtTheNextRequest() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		ApiClient token = readingTheAuditLog(issued(email).client());

		changeAccess(email, Map.of("roles", List.of("HR_ADMIN"), "enabled", false));

		assertProblem(token.get("/api/v1/audit/events?size=1"), 401);
	}

	@Test
	void changesWrittenByAnotherNodeReachTheTokenToo() {
		String demoted = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		ApiClient demotedToken = readingTheAuditLog(issued(demoted).client());
		Issued revoked = issued(TestUsers.createUser(administration, DEMO, Role.HR_ADMIN));
		readingTheAuditLog(revoked.client());

		// what another node's JPA writes: the new roles with the row version and the security stamp raised
		jdbc.update("""
				update platform.user_account set roles = 'EMPLOYEE', version = version + 1,
				  security_stamp = security_stamp + 1 where lower(email) = lower(?)""", demoted);
		jdbc.update("update platform.api_token set revoked_at = now() where id = ?", revoked.id());

		assertProblem(demotedToken.get("/api/v1/audit/events?size=1"), 403);
		assertProblem(revoked.client().get("/api/v1/audit/events?size=1"), 401);
	}

	@Test
	void unchangedLoginsKeepWorkingAndTheirLastUseIsStamped() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		String colleague = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		Issued issued = issued(email);
		ApiClient token = readingTheAuditLog(issued.client());

		changeAccess(colleague, Map.of("roles", List.of("EMPLOYEE"), "enabled", false));

		assertThat(token.get("/api/v1/audit/events?size=1").status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select last_used_at is not null from platform.api_token where id = ?",
				Boolean.class, issued.id())).isTrue();
	}

	private Issued issued(String email) {
		ApiClient.Response response = ApiClient.withBasic(port, email, ApiClient.PASSWORD)
			.post("/api/v1/auth/tokens", Map.of("name", "kept"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new Issued(UUID.fromString(response.json().get("id").asString()),
				ApiClient.withToken(port, response.json().get("token").asString()));
	}

	/** Twice: the second request is answered with the principal kept from the first. */
	private static ApiClient readingTheAuditLog(ApiClient token) {
		assertThat(token.get("/api/v1/audit/events?size=1").status()).as("first use").isEqualTo(200);
		assertThat(token.get("/api/v1/audit/events?size=1").status()).as("kept").isEqualTo(200);
		return token;
	}

	private void changeAccess(String email, Map<String, Object> change) {
		UUID user = jdbc.queryForObject("select id from platform.user_account where lower(email) = lower(?)", UUID.class,
				email);
		ApiClient.Response changed = ApiClient.as(port, "admin@demo.example").put("/api/v1/users/" + user + "/access",
				change);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
	}

	private record Issued(UUID id, ApiClient client) {
	}
}
