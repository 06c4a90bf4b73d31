package io.renloop.platform;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Operators see the event publications whose listener failed (type, listener, tenant; never the payload) and hand
 * them over again; nobody below a platform administrator sees them, as they span every tenant.
 */
@RenloopIntegrationTest
@Import(OperatorsRetryFailedEventPublicationsTests.FlakyListener.class)
class OperatorsRetryFailedEventPublicationsTests {

	static final String LIST = "/api/v1/admin/event-publications";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FlakyListener listener;

	@Test
	void platformAdminSeesTheFailedPublicationAndRetriesItUntilItIsDelivered() {
		ApiClient operator = ApiClient.as(port, TestUsers.createUser(administration, DEMO, Role.PLATFORM_ADMIN));
		String secret = "personal-" + UUID.randomUUID();
		publish(new ProbeEvent(DEMO, secret));

		String id = await("the failed publication", () -> jdbc.queryForList("select id::text from event_publication "
				+ "where status = 'FAILED' and serialized_event like ?", String.class, "%" + secret + "%").stream().findFirst());
		JsonNode failed = entryOf(operator.get(LIST + "?state=FAILED&size=500"), id);
		assertThat(failed.get("eventType").asString()).isEqualTo("ProbeEvent");
		assertThat(failed.get("tenantId").asString()).isEqualTo(DEMO);
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("listenerId").asString()).contains("FlakyListener");
		assertThat(failed.path("completedAt").isNull() || failed.path("completedAt").isMissingNode()).isTrue();
		assertThat(operator.get(LIST).body()).as("FAILED is the default state").contains(id);
		assertThat(operator.get(LIST + "?state=INCOMPLETE").body()).contains(id);
		assertThat(operator.get(LIST + "?state=FAILED&size=500").body()).as("never the payload").doesNotContain(secret);

		assertThat(operator.post(LIST + "/" + id + "/retry", null).status()).isEqualTo(200);
		await("the second delivery", () -> Optional.ofNullable(listener.deliveredOnce(secret)));
		await("the completion", () -> Optional.ofNullable(
				jdbc.queryForObject("select completion_date from event_publication where id = ?::uuid", Instant.class, id)));
		assertThat(operator.get(LIST + "?state=FAILED&size=500").body()).doesNotContain(id);
		assertThat(operator.get(LIST + "?state=INCOMPLETE&size=500").body()).doesNotContain(id);
		assertThat(operator.get(LIST + "?state=COMPLETED&size=500").body()).contains(id);
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where action = 'RETRY' "
				+ "and entity_type = 'EventPublication' and entity_id = ?", Long.class, id)).isOne();

		assertProblem(operator.post(LIST + "/" + id + "/retry", null), 409);
		assertProblem(operator.post(LIST + "/" + UUID.randomUUID() + "/retry", null), 404);
		assertProblem(operator.get(LIST + "?state=SOMETIMES"), 400);
	}

	/** Tenant administrators hold every other permission, but the registry spans every tenant. */
	@Test
	void tenantAdminsAndHrCannotSeeOrRetryPublications() {
		for (String login : new String[] { "admin@demo.example", "hr@demo.example", "hr@acme.example" }) {
			ApiClient caller = ApiClient.as(port, login);
			assertProblem(caller.get(LIST + "?state=FAILED"), 403);
			assertProblem(caller.get(LIST + "?state=INCOMPLETE"), 403);
			assertProblem(caller.post(LIST + "/" + UUID.randomUUID() + "/retry", null), 403);
		}
	}

	private void publish(ProbeEvent event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private static JsonNode entryOf(ApiClient.Response list, String id) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("content").valueStream()
			.filter(entry -> entry.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Not listed: " + id + " in " + list.body()));
	}

	private static <T> T await(String what, Supplier<Optional<T>> probe) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("Timed out waiting for " + what);
	}

	/** An event of a tenant with something personal in it, which the list must not show. */
	record ProbeEvent(String tenantId, String secret) {
	}

	/** Fails the first delivery of each event, succeeds the next. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FlakyListener {

		private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

		private final Map<String, Boolean> delivered = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(ProbeEvent event) {
			if (attempts.merge(event.secret(), 1, Integer::sum) == 1) {
				throw new IllegalStateException("first delivery fails");
			}
			delivered.put(event.secret(), true);
		}

		/** A method, as the bean is an asynchronous proxy whose own fields stay empty. */
		Boolean deliveredOnce(String secret) {
			return delivered.get(secret);
		}
	}
}
