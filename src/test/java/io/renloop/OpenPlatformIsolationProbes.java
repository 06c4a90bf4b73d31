package io.renloop;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import io.renloop.support.Problems;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open platform's probes for {@link TenantIsolationTests}: acme (its administrator, and its HR, who may not
 * keep webhooks or OAuth2 clients at all) neither sees, tests, replays nor deletes demo's webhook subscription,
 * delivery and OAuth2 client, and what acme makes lands in acme.
 */
final class OpenPlatformIsolationProbes {

	private final JdbcTemplate jdbc;

	private final UUID demoSubscription;

	private final UUID demoDelivery;

	private final UUID demoClient;

	OpenPlatformIsolationProbes(JdbcTemplate jdbc, ApiClient demoAdmin) {
		this.jdbc = jdbc;
		// nothing listens on the discard port: the demo ping fails and stays a delivery of demo
		this.demoSubscription = UUID.fromString(demoAdmin.post("/api/v1/webhooks",
				Map.of("url", "http://127.0.0.1:9/isolation-probe", "events", List.of("payroll.published")))
			.json()
			.get("id")
			.asString());
		this.demoDelivery = UUID.fromString(demoAdmin.post("/api/v1/webhooks/" + demoSubscription + "/test", null)
			.json()
			.get("id")
			.asString());
		this.demoClient = UUID.fromString(demoAdmin.post("/api/v1/oauth-clients",
				Map.of("name", "isolation probe", "scopes", List.of("ORG_READ")))
			.json()
			.get("id")
			.asString());
	}

	List<Map.Entry<String, Probe>> probes() {
		String demo = "/api/v1/webhooks/" + demoSubscription;
		return List.of(entry("POST /api/v1/webhooks", new Probe("acmeWebhookLandsInAcme", this::acmeWebhookLandsInAcme)),
				entry("GET /api/v1/webhooks", new Probe("acmeListsNoDemoWebhook", acme -> {
					ApiClient.Response list = acme.get("/api/v1/webhooks");
					assertThat(list.status()).isIn(200, 403);
					assertThat(list.body()).doesNotContain(demoSubscription.toString()).doesNotContain("isolation-probe");
				})),
				entry("DELETE /api/v1/webhooks/{id}", new Probe("acmeCannotDeleteDemoWebhook", acme -> {
					refused(acme.delete(demo));
					assertThat(count("webhook_subscription", demoSubscription)).isEqualTo(1);
				})),
				entry("GET /api/v1/webhooks/{id}/deliveries",
						new Probe("acmeCannotReadDemoDeliveries", acme -> refused(acme.get(demo + "/deliveries")))),
				entry("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay",
						new Probe("acmeCannotReplayDemoDelivery", acme -> {
							refused(acme.post(demo + "/deliveries/" + demoDelivery + "/replay", null));
							refused(acme.post("/api/v1/webhooks/" + UUID.randomUUID() + "/deliveries/" + demoDelivery
									+ "/replay", null));
						})),
				entry("POST /api/v1/webhooks/{id}/test", new Probe("acmeCannotTestDemoWebhook", acme -> {
					int before = deliveriesOfDemo();
					refused(acme.post(demo + "/test", null));
					assertThat(deliveriesOfDemo()).isEqualTo(before);
				})),
				entry("POST /api/v1/oauth-clients", new Probe("acmeClientLandsInAcme", this::acmeClientLandsInAcme)),
				entry("GET /api/v1/oauth-clients", new Probe("acmeListsNoDemoClient", acme -> {
					ApiClient.Response list = acme.get("/api/v1/oauth-clients");
					assertThat(list.status()).isIn(200, 403);
					assertThat(list.body()).doesNotContain(demoClient.toString()).doesNotContain("isolation probe");
				})),
				entry("DELETE /api/v1/oauth-clients/{id}", new Probe("acmeCannotDeleteDemoClient", acme -> {
					refused(acme.delete("/api/v1/oauth-clients/" + demoClient));
					assertThat(count("oauth_client", demoClient)).isEqualTo(1);
				})));
	}

	private void acmeWebhookLandsInAcme(ApiClient acme) {
		landsInAcme(acme, "/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/acme-probe", "events",
				List.of("employee.hired")), "webhook_subscription");
	}

	private void acmeClientLandsInAcme(ApiClient acme) {
		landsInAcme(acme, "/api/v1/oauth-clients", Map.of("name", "acme probe", "scopes", List.of("ORG_READ")),
				"oauth_client");
	}

	/** What acme's administrator creates is acme's (and deleted again); acme's HR may not create it at all. */
	private void landsInAcme(ApiClient acme, String path, Map<String, Object> body, String table) {
		ApiClient.Response created = acme.post(path, body);
		if (created.status() == 403) {
			return;
		}
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().get("id").asString());
		assertThat(jdbc.queryForObject("select tenant_id from openplatform." + table + " where id = ?", String.class,
				id)).isEqualTo(ACME);
		assertThat(acme.delete(path + "/" + id).status()).isEqualTo(204);
	}

	private static void refused(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isIn(403, 404);
		Problems.assertNoInternals(response);
	}

	private int count(String table, UUID id) {
		return jdbc.queryForObject("select count(*) from openplatform." + table + " where id = ? and tenant_id = ?",
				Integer.class, id, DEMO);
	}

	private int deliveriesOfDemo() {
		return jdbc.queryForObject("select count(*) from openplatform.webhook_delivery where subscription_id = ?",
				Integer.class, demoSubscription);
	}
}
