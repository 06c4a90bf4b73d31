package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.renloop.platform.OutgoingRobotMessages;
import io.renloop.platform.OutgoingSms;
import io.renloop.platform.RobotMessage;
import io.renloop.platform.SmsMessage;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS and robot ports end to end, with the application's dispatcher, delivery records and outbox, and the
 * adapters pointed at a local stub server: a message leaves only after its transaction commits, and a failing
 * service is recorded, never thrown at the caller. Each test uses a tenant id of its own to find its records.
 */
@RenloopIntegrationTest
class OutgoingTextMessagesTests {

	static final StubHttpServer stub = new StubHttpServer();

	@Autowired
	TextMessageDispatcher dispatcher;

	@Autowired
	OutgoingSms configuredOutgoingSms;

	@Autowired
	OutgoingRobotMessages configuredOutgoingRobot;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	OutgoingSms sms;

	OutgoingRobotMessages robot;

	String tenant = TestUsers.unique("sms");

	@BeforeEach
	void pointAdaptersAtTheStub() {
		stub.forget();
		stub.answering(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
		sms = new DefaultOutgoingSms(dispatcher, new HttpSmsGateway(new SmsProperties(stub.url("/sms"), "k", "Renloop",
				Duration.ofSeconds(2), Duration.ofMillis(500)), json));
		robot = new DefaultOutgoingRobotMessages(dispatcher, new WeComRobotWebhook(new RobotProperties(
				stub.url("/robot?key=r1"), Map.of(), stub.url("/send"), Duration.ofSeconds(2), Duration.ofMillis(500)),
				json));
	}

	@AfterAll
	static void stop() {
		stub.close();
	}

	@Test
	void smsOfACommittedTransactionLeavesAfterTheCommit() {
		transactions.executeWithoutResult(status -> {
			sms.send(new SmsMessage(tenant, "13812345678", "验证码 482913"));
			assertThat(stub.received()).as("not before the commit").isEmpty();
			assertThat(deliveries()).isEmpty();
		});

		assertThat(stub.received()).singleElement().satisfies(r -> assertThat(r.body()).contains("验证码 482913"));
		assertThat(deliveries()).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("channel", "SMS")
			.containsEntry("status", "SENT")
			.as("masked").containsEntry("recipient", "138****5678"));
		assertThat(outbox()).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("channel", "SMS")
			.containsEntry("recipient", "13812345678")
			.containsEntry("text", "验证码 482913")
			.containsEntry("subject", null));
	}

	@Test
	void smsOfARolledBackTransactionIsNeverSent() {
		transactions.executeWithoutResult(status -> {
			sms.send(new SmsMessage(tenant, "13812345678", "验证码 000000"));
			status.setRollbackOnly();
		});

		assertThat(stub.received()).isEmpty();
		assertThat(deliveries()).isEmpty();
		assertThat(outbox()).isEmpty();
	}

	@Test
	void failingGatewayIsRecordedWithItsStatusAndNotThrown() {
		stub.answering(500, "{\"error\":\"quota exceeded\"}");

		assertThatCode(() -> transactions.executeWithoutResult(
				status -> sms.send(new SmsMessage(tenant, "+8613912345678", "验证码 123456"))))
			.doesNotThrowAnyException();

		assertThat(deliveries()).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("status", "FAILED")
			.containsEntry("recipient", "+86*******5678")
			.containsEntry("error", "HTTP 500: {\"error\":\"quota exceeded\"}"));
		assertThat(outbox()).as("the demo outbox keeps it all the same").hasSize(1);
	}

	@Test
	void slowGatewayIsRecordedAsFailed() {
		stub.answeringAfter(Duration.ofSeconds(2));

		sms.send(new SmsMessage(tenant, "13812345678", "验证码 654321"));

		assertThat(deliveries()).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "FAILED")
				.containsEntry("error", "no answer within 500 ms"));
	}

	@Test
	void robotMessageOfACommittedTransactionIsPostedAfterTheCommit() {
		transactions.executeWithoutResult(status -> {
			robot.send(RobotMessage.toTenantRobot(tenant, "审批待处理 https://renloop.test/a/1"));
			assertThat(stub.received()).isEmpty();
		});

		assertThat(stub.received()).singleElement().satisfies(r -> {
			assertThat(r.uri().toString()).isEqualTo("/robot?key=r1");
			assertThat(json.readTree(r.body()).at("/text/content").asString()).isEqualTo("审批待处理 https://renloop.test/a/1");
		});
		assertThat(deliveries()).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("channel", "ROBOT")
			.containsEntry("status", "SENT")
			.containsEntry("recipient", "wecom:" + tenant));
		assertThat(outbox()).singleElement().satisfies(row -> assertThat(row).containsEntry("channel", "ROBOT"));
	}

	@Test
	void robotMessageOfARolledBackTransactionIsNeverPosted() {
		transactions.executeWithoutResult(status -> {
			robot.send(RobotMessage.toTenantRobot(tenant, "never"));
			status.setRollbackOnly();
		});

		assertThat(stub.received()).isEmpty();
		assertThat(deliveries()).isEmpty();
	}

	@Test
	void withoutGatewayOrWebhookTheApplicationRecordsNotConfigured() {
		configuredOutgoingSms.send(new SmsMessage(tenant, "13812345678", "验证码 111111"));
		configuredOutgoingRobot.send(RobotMessage.toTenantRobot(tenant, "hello"));

		assertThat(deliveries()).extracting(row -> row.get("channel") + " " + row.get("status") + " " + row.get("error"))
			.containsExactlyInAnyOrder("SMS NOT_CONFIGURED renloop.sms.url is not set",
					"ROBOT NOT_CONFIGURED renloop.robot.wecom-webhook is not set");
		assertThat(outbox()).as("kept in demo mode").hasSize(2);
		assertThat(stub.received()).isEmpty();
	}

	private List<Map<String, Object>> deliveries() {
		return jdbc.queryForList("select channel, recipient, status, error from platform.message_delivery "
				+ "where tenant_id = ?", tenant);
	}

	private List<Map<String, Object>> outbox() {
		return jdbc.queryForList("select channel, recipient, subject, text from platform.dev_outbox_message "
				+ "where tenant_id = ?", tenant);
	}
}
