package io.renloop.openplatform;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A tenant administrator registers an OAuth2 client; the integration exchanges its id and secret for a short-lived
 * bearer token at {@code POST /oauth2/token} and calls the API with the client's permissions only, audited as
 * {@code client:<clientId>}. Bad token requests are clear 4xx answers of RFC 6749, never a 500.
 */
@RenloopIntegrationTest
class IntegrationsCallTheApiWithClientCredentialsTests {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient admin;

	@BeforeEach
	void setUp() {
		admin = ApiClient.as(port, "admin@demo.example");
	}

	@Test
	void aClientsTokenCarriesTheClientsPermissionsAndIsAuditedAsTheClient() {
		Client client = register("ORG_READ", "ORG_WRITE");

		JsonNode grant = token(basic(client.id(), client.secret()), "grant_type=client_credentials").json();

		assertThat(grant.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(grant.get("expires_in").asLong()).isEqualTo(3600);
		assertThat(grant.get("scope").asString()).isEqualTo("ORG_READ ORG_WRITE");
		ApiClient integration = ApiClient.withToken(port, grant.get("access_token").asString());
		assertThat(integration.get("/api/v1/departments").status()).isEqualTo(200);
		assertProblem(integration.get("/api/v1/employees"), 403);
		assertProblem(integration.get("/api/v1/webhooks"), 403);
		ApiClient.Response family = integration.post("/api/v1/job-families",
				Map.of("code", TestUsers.unique("OC"), "name", "Client credentials"));
		assertThat(family.status()).as(family.body()).isEqualTo(201);
		assertThat(jdbc.queryForObject("select actor from platform.audit_event where entity_id = ? and action = 'CREATE'",
				String.class, family.json().get("id").asString())).isEqualTo("client:" + client.id());
	}

	@Test
	void anIntegrationCannotIssuePersonalTokens() {
		Client client = register("ORG_READ");
		ApiClient integration = integration(client);
		int tokensBefore = jdbc.queryForObject("select count(*) from platform.api_token", Integer.class);

		assertProblem(integration.post("/api/v1/auth/tokens", Map.of("name", "escalation")), 403);
		assertProblem(integration.post("/api/v1/auth/tokens", Map.of("name", "scoped", "scopes", List.of("ORG_READ"))),
				403);

		assertThat(jdbc.queryForObject("select count(*) from platform.api_token", Integer.class))
			.isEqualTo(tokensBefore);
	}

	@Test
	void aTokenMayAskForFewerPermissionsByFormCredentials() {
		Client client = register("ORG_READ", "EMPLOYEE_READ");

		ApiClient.Response answer = token(null, "grant_type=client_credentials&scope=ORG_READ&client_id="
				+ encode(client.id()) + "&client_secret=" + encode(client.secret()));

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.header("Cache-Control")).contains("no-store");
		ApiClient integration = ApiClient.withToken(port, answer.json().get("access_token").asString());
		assertThat(integration.get("/api/v1/departments").status()).isEqualTo(200);
		assertProblem(integration.get("/api/v1/employees"), 403);
	}

	@Test
	void deletingTheClientEndsItsTokensAtOnce() {
		Client client = register("ORG_READ");
		ApiClient integration = integration(client);
		assertThat(integration.get("/api/v1/departments").status()).isEqualTo(200);

		assertThat(admin.delete("/api/v1/oauth-clients/" + client.uuid()).status()).isEqualTo(204);

		assertProblem(integration.get("/api/v1/departments"), 401);
		assertThat(admin.get("/api/v1/oauth-clients").body()).doesNotContain(client.id());
	}

	@Test
	void badTokenRequestsAreClearOAuthErrors() {
		Client client = register("ORG_READ");

		assertOAuthError(token(basic(client.id(), "rlcs_wrong"), "grant_type=client_credentials"), 401,
				"invalid_client");
		assertOAuthError(token(basic("rlci_unknown", client.secret()), "grant_type=client_credentials"), 401,
				"invalid_client");
		assertOAuthError(token("Basic !!!not-base64", "grant_type=client_credentials"), 401, "invalid_client");
		assertOAuthError(token(null, "grant_type=client_credentials"), 401, "invalid_client");
		assertOAuthError(token(basic(client.id(), client.secret()), "grant_type=password&username=x"), 400,
				"unsupported_grant_type");
		assertOAuthError(token(basic(client.id(), client.secret()), "scope=ORG_READ"), 400, "invalid_request");
		assertOAuthError(token(basic(client.id(), client.secret()), "grant_type=client_credentials&client_id="
				+ encode(client.id())), 400, "invalid_request");
		assertOAuthError(token(basic(client.id(), client.secret()), "grant_type=client_credentials&scope=EMPLOYEE_READ"),
				400, "invalid_scope");
		assertOAuthError(token(basic(client.id(), client.secret()), "grant_type=client_credentials&scope=NO_SUCH"),
				400, "invalid_scope");
		assertProblem(ApiClient.withToken(port, "rlct_forged").get("/api/v1/departments"), 401);
	}

	@Test
	void aClientGetsOnlyPermissionsTheAdministratorHoldsAndNeverTenantAdministration() {
		assertThat(errorFields(assertProblem(admin.post("/api/v1/oauth-clients",
				Map.of("name", "too much", "scopes", List.of("TENANT_ADMIN_ALL"))), 400))).containsExactly("scopes");
		assertThat(errorFields(assertProblem(admin.post("/api/v1/oauth-clients",
				Map.of("name", "platform", "scopes", List.of("EVENT_DELIVERY_ADMIN"))), 400))).containsExactly("scopes");
		assertProblem(admin.post("/api/v1/oauth-clients", Map.of("name", "unknown", "scopes", List.of("NO_SUCH"))),
				400);
		assertProblem(admin.post("/api/v1/oauth-clients", Map.of("name", "", "scopes", List.of("ORG_READ"))), 400);
		assertProblem(ApiClient.as(port, "hr@demo.example").post("/api/v1/oauth-clients",
				Map.of("name", "hr", "scopes", List.of("ORG_READ"))), 403);
	}

	@Test
	void aClientOverItsRateGetsA429WithRetryAfter() {
		Client client = register("ORG_READ");
		ApiClient integration = integration(client);

		ApiClient.Response refused = null;
		for (int i = 0; i < 200 && refused == null; i++) {
			ApiClient.Response answer = integration.get("/api/v1/job-families");
			if (answer.status() == 429) {
				refused = answer;
			}
		}

		assertThat(refused).as("a 429 within 200 calls (burst 120, 2 a second)").isNotNull();
		assertProblem(refused, 429);
		assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
		assertThat(admin.get("/api/v1/job-families").status()).as("other callers are not limited").isEqualTo(200);
	}

	record Client(String uuid, String id, String secret) {
	}

	private Client register(String... scopes) {
		ApiClient.Response created = admin.post("/api/v1/oauth-clients",
				Map.of("name", TestUsers.unique("integration"), "scopes", List.of(scopes)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode json = created.json();
		assertThat(admin.get("/api/v1/oauth-clients").body()).contains(json.get("clientId").asString())
			.doesNotContain(json.get("clientSecret").asString());
		return new Client(json.get("id").asString(), json.get("clientId").asString(),
				json.get("clientSecret").asString());
	}

	/** The API as the client, with a token of all its permissions. */
	private ApiClient integration(Client client) {
		return ApiClient.withToken(port, token(basic(client.id(), client.secret()), "grant_type=client_credentials")
			.json()
			.get("access_token")
			.asString());
	}

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((encode(id) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private ApiClient.Response token(String authorization, String form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new ApiClient.Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(null), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void assertOAuthError(ApiClient.Response response, int status, String error) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.json().get("error").asString()).isEqualTo(error);
		assertThat(response.json().get("error_description").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("rlcs_").doesNotContain("Exception");
		if (status == 401) {
			assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
		}
	}
}
