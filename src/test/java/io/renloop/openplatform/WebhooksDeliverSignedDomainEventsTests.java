package io.renloop.openplatform;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeHired;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.Problems;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * A tenant administrator subscribes a receiver to event types; the durable domain events become deliveries (rows, so
 * nothing is lost when a node stops), each signed so that the receiver can verify it, retried with growing waits
 * while the receiver fails, replayable, and the subscription is disabled after twenty failures in a row.
 */
@RenloopIntegrationTest
@EnableScenarios
class WebhooksDeliverSignedDomainEventsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient admin;

	WebhookReceiver receiver;

	final List<String> subscriptions = new ArrayList<>();

	@BeforeEach
	void setUp() {
		admin = ApiClient.as(port, "admin@demo.example");
		receiver = WebhookReceiver.start();
	}

	@AfterEach
	void tearDown() {
		subscriptions.forEach(id -> admin.delete("/api/v1/webhooks/" + id));
		receiver.close();
	}

	@Test
	void theSecretIsShownOnceAndKeptSealed() {
		ApiClient.Response created = admin.post("/api/v1/webhooks",
				Map.of("url", receiver.url(), "events", List.of("employee.hired", "leave.approved")));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		subscriptions.add(id);
		String secret = created.json().get("secret").asString();
		assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
		ApiClient.Response list = admin.get("/api/v1/webhooks");
		assertThat(list.body()).contains(id).contains("employee.hired").doesNotContain(secret);
		byte[] stored = jdbc.queryForObject("select secret_sealed from openplatform.webhook_subscription where id = ?",
				byte[].class, UUID.fromString(id));
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = "
				+ "'WebhookSubscription' and entity_id = ? and action = 'CREATE'", Integer.class, id)).isEqualTo(1);
	}

	@Test
	void aPingIsSignedSoThatTheReceiverCanVerifyIt() {
		Subscription subscription = subscribe("employee.hired");

		ApiClient.Response ping = admin.post("/api/v1/webhooks/" + subscription.id() + "/test", null);

		assertThat(ping.status()).as(ping.body()).isEqualTo(200);
		assertThat(ping.json().get("status").asString()).isEqualTo("DELIVERED");
		assertThat(ping.json().get("lastStatusCode").asInt()).isEqualTo(200);
		WebhookReceiver.Received received = receiver.received("ping").get(0);
		assertThat(WebhookSignature.verify(subscription.secret(), received.signature(), received.body(), Instant.now()))
			.isTrue();
		assertThat(WebhookSignature.verify("whsec_wrong", received.signature(), received.body(), Instant.now()))
			.isFalse();
		JsonNode body = ApiClientJson.parse(received.text());
		assertThat(body.get("type").asString()).isEqualTo("ping");
		assertThat(body.get("tenantId").asString()).isEqualTo(DEMO);
		assertThat(received.deliveryId()).isEqualTo(ping.json().get("id").asString());
	}

	@Test
	void aHireBecomesOneSignedDeliveryEvenWhenItsEventArrivesTwice(Scenario scenario) {
		Subscription subscription = subscribe("employee.hired");
		String employeeNo = TestUsers.unique("WH");

		scenario.stimulate(() -> {
			hire(employeeNo);
		}).andWaitForStateChange(() -> hiresOf(employeeNo).size(), size -> size == 1)
			.andVerify(size -> assertThat(size).isEqualTo(1));
		UUID employee = employeeOf(employeeNo);

		WebhookReceiver.Received received = hiresOf(employeeNo).get(0);
		assertThat(WebhookSignature.verify(subscription.secret(), received.signature(), received.body(), Instant.now()))
			.isTrue();
		JsonNode body = ApiClientJson.parse(received.text());
		assertThat(body.get("id").asString()).matches("[0-9a-f-]{36}");
		assertThat(body.get("tenantId").asString()).isEqualTo(DEMO);
		assertThat(body.get("occurredAt").asString()).isNotBlank();
		JsonNode data = body.get("data");
		assertThat(data.get("employeeId").asString()).isEqualTo(employee.toString());
		assertThat(data.get("employeeNo").asString()).isEqualTo(employeeNo);
		assertThat(data.get("hireDate").asString()).isEqualTo("2020-01-02");

		// the same event delivered again (after a crash, or an operator's resubmission)
		scenario.publish(new EmployeeHired(DEMO, employee, employeeNo, uuid(data.get("departmentId")),
				uuid(data.get("positionId")), LocalDate.parse(data.get("hireDate").asString())))
			.andWaitForStateChange(() -> feedsCompleted(employee), count -> count == 2)
			.andVerify(count -> assertThat(rowsAbout(subscription, employeeNo))
				.as("one delivery per subscription and event")
				.isEqualTo(1));
		assertThat(hiresOf(employeeNo)).hasSize(1);
	}

	@Test
	void aFailingReceiverIsRetriedWithGrowingWaitsUntilItAnswers() {
		receiver.answering(500, 503);
		Subscription subscription = subscribe("employee.hired");

		JsonNode ping = admin.post("/api/v1/webhooks/" + subscription.id() + "/test", null).json();
		assertThat(ping.get("status").asString()).isEqualTo("PENDING");
		assertThat(ping.get("lastStatusCode").asInt()).isEqualTo(500);
		JsonNode delivered = Eventually.await(() -> {
			JsonNode delivery = delivery(subscription, ping.get("id").asString());
			return delivery.get("status").asString().equals("DELIVERED") ? delivery : null;
		});

		assertThat(delivered).as("delivered after the receiver recovered").isNotNull();
		assertThat(delivered.get("attempts").asInt()).isEqualTo(3);
		assertThat(delivered.get("log").valueStream().map(a -> a.get("statusCode").asInt()))
			.containsExactly(500, 503, 200);
		List<Instant> times = receiver.received("ping").stream().map(WebhookReceiver.Received::at).toList();
		Duration firstWait = Duration.between(times.get(0), times.get(1));
		Duration secondWait = Duration.between(times.get(1), times.get(2));
		assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(900));
		assertThat(secondWait).as("the wait doubles").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
	}

	@Test
	void aDeliveryLeftBehindByAStoppedNodeIsSentOnceItsClaimRunsOut() throws InterruptedException {
		Subscription subscription = subscribe("leave.approved");
		UUID delivery = UUID.randomUUID();
		// a node claimed the delivery (its lease runs ten minutes) and stopped before sending it
		jdbc.update("""
				insert into openplatform.webhook_delivery (id, tenant_id, subscription_id, event_id, event_type, body,
				  status, next_attempt_at, give_up_at, created_at)
				values (?, ?, ?, ?, 'leave.approved', '{"type":"leave.approved"}', 'PENDING', now() + interval '10 minutes',
				  now() + interval '1 day', now())""", delivery, DEMO, UUID.fromString(subscription.id()),
				UUID.randomUUID());
		Thread.sleep(2500);
		assertThat(receiver.received()).as("not sent while the claim holds").isEmpty();

		jdbc.update("update openplatform.webhook_delivery set next_attempt_at = now() where id = ?", delivery);

		assertThat(Eventually.await(() -> receiver.received("leave.approved").isEmpty() ? null : true)).isTrue();
		assertThat(Eventually.await(() -> "DELIVERED".equals(status(delivery)) ? true : null)).isTrue();
	}

	@Test
	void aReplaySendsTheSameBodyAgainWithAFreshSignature() {
		Subscription subscription = subscribe("employee.hired");
		String ping = admin.post("/api/v1/webhooks/" + subscription.id() + "/test", null).json().get("id").asString();

		ApiClient.Response replay = admin.post("/api/v1/webhooks/" + subscription.id() + "/deliveries/" + ping
				+ "/replay", null);

		assertThat(replay.status()).as(replay.body()).isEqualTo(200);
		assertThat(replay.json().get("attempts").asInt()).isEqualTo(2);
		List<WebhookReceiver.Received> both = receiver.received("ping");
		assertThat(both).hasSize(2);
		assertThat(both.get(1).text()).isEqualTo(both.get(0).text());
		assertThat(WebhookSignature.verify(subscription.secret(), both.get(1).signature(), both.get(1).body(),
				Instant.now())).isTrue();
		assertProblem(admin.post("/api/v1/webhooks/" + subscription.id() + "/deliveries/" + UUID.randomUUID()
				+ "/replay", null), 404);
	}

	@Test
	void twentyFailuresInARowDisableTheSubscriptionUntilAPingSucceeds(Scenario scenario) {
		receiver.alwaysAnswering(500);
		Subscription subscription = subscribe("employee.hired");
		for (int i = 0; i < 20; i++) {
			admin.post("/api/v1/webhooks/" + subscription.id() + "/test", null);
		}
		assertThat(webhook(subscription).get("status").asString()).isEqualTo("DISABLED");

		Subscription control = subscribe("employee.hired");
		String employeeNo = TestUsers.unique("WH");
		scenario.stimulate(() -> {
			hire(employeeNo);
		}).andWaitForStateChange(() -> rowsAbout(control, employeeNo), count -> count == 1)
			.andVerify(count -> assertThat(rowsAbout(subscription, employeeNo))
				.as("an active subscription got the hire, the disabled one nothing")
				.isZero());

		receiver.alwaysAnswering(204);
		JsonNode ping = admin.post("/api/v1/webhooks/" + subscription.id() + "/test", null).json();
		assertThat(ping.get("lastStatusCode").asInt()).isEqualTo(204);
		assertThat(webhook(subscription).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(webhook(subscription).get("consecutiveFailures").asInt()).isZero();
	}

	@Test
	void badSubscriptionsAreClear400sAndUnknownOnes404s() {
		assertThat(errorFields(assertProblem(admin.post("/api/v1/webhooks",
				Map.of("url", "ftp://hooks.example.com/x", "events", List.of("employee.hired"))), 400)))
			.containsExactly("url");
		assertThat(errorFields(assertProblem(admin.post("/api/v1/webhooks",
				Map.of("url", receiver.url(), "events", List.of("employee.fired"))), 400)))
			.containsExactly("events");
		assertThat(errorFields(assertProblem(admin.post("/api/v1/webhooks",
				Map.of("url", receiver.url(), "events", List.of())), 400)))
			.containsExactly("events");
		assertProblem(admin.post("/api/v1/webhooks", "not json"), 400);
		assertProblem(admin.get("/api/v1/webhooks/" + UUID.randomUUID() + "/deliveries"), 404);
		assertProblem(admin.delete("/api/v1/webhooks/" + UUID.randomUUID()), 404);
		assertProblem(admin.post("/api/v1/webhooks/not-a-uuid/test", null), 400);
		JsonNode chinese = assertProblem(admin.inLanguage("zh-CN").post("/api/v1/webhooks",
				Map.of("url", "ftp://x", "events", List.of("employee.hired"))), 400);
		assertThat(Problems.errorMessage(chinese, "url")).contains("地址");
	}

	@Test
	void theAdministratorsPageListsSubscriptionsAndTheirDeliveries() {
		Subscription subscription = subscribe("payroll.published");
		admin.post("/api/v1/webhooks/" + subscription.id() + "/test", null);
		BrowserSession pages = new BrowserSession(port);
		pages.signIn("admin@demo.example", ApiClient.PASSWORD);

		BrowserSession.Page page = pages.get("/admin/webhooks?subscription=" + subscription.id() + "&lang=zh-CN");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("webhook-" + subscription.id()).contains("payroll.published")
			.contains("webhook-delivery").contains("已投递");
		BrowserSession hr = new BrowserSession(port);
		hr.signIn("hr@demo.example", ApiClient.PASSWORD);
		assertThat(hr.get("/admin/webhooks").status()).isEqualTo(403);
	}

	record Subscription(String id, String secret) {
	}

	private Subscription subscribe(String... events) {
		ApiClient.Response created = admin.post("/api/v1/webhooks",
				Map.of("url", receiver.url(), "events", List.of(events)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Subscription subscription = new Subscription(created.json().get("id").asString(),
				created.json().get("secret").asString());
		subscriptions.add(subscription.id());
		return subscription;
	}

	/** Hires someone through the API, which announces {@link EmployeeHired}. */
	private UUID hire(String employeeNo) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeNo", employeeNo);
		body.put("name", "推送测试");
		body.put("departmentId", new DemoData(jdbc).departmentId(DEMO, "ELEC"));
		body.put("hireDate", "2020-01-02");
		body.put("workStartDate", "2010-03-01");
		ApiClient.Response created = ApiClient.as(port, "hr@demo.example").post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	/** The deliveries of the hire of this employee number the receiver got. */
	private List<WebhookReceiver.Received> hiresOf(String employeeNo) {
		return receiver.received("employee.hired").stream().filter(r -> r.text().contains(employeeNo)).toList();
	}

	private UUID employeeOf(String employeeNo) {
		return jdbc.queryForObject("select id from employee.employee where tenant_id = ? and employee_no = ?",
				UUID.class, DEMO, employeeNo);
	}

	private static UUID uuid(JsonNode value) {
		return value == null || value.isNull() ? null : UUID.fromString(value.asString());
	}

	private JsonNode webhook(Subscription subscription) {
		return admin.get("/api/v1/webhooks").json().valueStream()
			.filter(w -> w.get("id").asString().equals(subscription.id()))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode delivery(Subscription subscription, String id) {
		return admin.get("/api/v1/webhooks/" + subscription.id() + "/deliveries").json().valueStream()
			.filter(d -> d.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/** The deliveries of the subscription about the employee number. */
	private int rowsAbout(Subscription subscription, String employeeNo) {
		return jdbc.queryForObject("select count(*) from openplatform.webhook_delivery where subscription_id = ? and "
				+ "body like ?", Integer.class, UUID.fromString(subscription.id()), "%" + employeeNo + "%");
	}

	/** The completed deliveries of events about the employee to this module's listener. */
	private int feedsCompleted(UUID employee) {
		return jdbc.queryForObject("select count(*) from event_publication where listener_id like '%DomainEventFeed%' "
				+ "and event_type like '%EmployeeHired' and completion_date is not null and serialized_event like ?",
				Integer.class, "%" + employee + "%");
	}

	private String status(UUID delivery) {
		return jdbc.queryForObject("select status from openplatform.webhook_delivery where id = ?", String.class,
				delivery);
	}
}
