package io.renloop.platform.web;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.MailMessage;
import io.renloop.platform.MailMessage.Attachment;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.OutgoingRobotMessages;
import io.renloop.platform.OutgoingSms;
import io.renloop.platform.RobotMessage;
import io.renloop.platform.SmsMessage;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.Problems;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Outgoing messages in demo mode (the test profile): no mail server, SMS gateway or robot webhook is configured, so
 * messages are recorded as not sent, and each is kept in its tenant's developer outbox for the tenant's
 * administrators, with its channel.
 */
@RenloopIntegrationTest
class DevOutboxTests {

	@LocalServerPort
	int port;

	@Autowired
	OutgoingMail mail;

	@Autowired
	OutgoingSms sms;

	@Autowired
	OutgoingRobotMessages robot;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void adminReadsTheTenantsMessagesNewestFirst() {
		String first = TestUsers.unique("first") + "@example.com";
		String second = TestUsers.unique("second") + "@example.com";
		mail.send(MailMessage.plain(DEMO, first, "First", "Open https://renloop.test/a"));
		mail.send(MailMessage.plain(DEMO, second, "Second", "Body")
			.with(new Attachment("invite.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8))));

		JsonNode list = ApiClient.as(port, "admin@demo.example").get("/api/v1/dev/outbox?size=2").json();

		List<JsonNode> content = list.get("content").valueStream().toList();
		assertThat(content).extracting(m -> m.get("to").asString()).containsExactly(second, first);
		assertThat(content.get(0).get("channel").asString()).isEqualTo("EMAIL");
		assertThat(content.get(0).get("subject").asString()).isEqualTo("Second");
		assertThat(content.get(0).get("attachments").valueStream().map(JsonNode::asString)).containsExactly("invite.ics");
		assertThat(content.get(1).get("text").asString()).isEqualTo("Open https://renloop.test/a");
		assertThat(list.at("/page/totalElements").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void smsAndRobotMessagesAreKeptBesideMailAndFilteredByChannel() {
		String phone = uniqueMobile("139");
		String code = TestUsers.unique("验证码");
		mail.send(MailMessage.plain(DEMO, TestUsers.unique("mixed") + "@example.com", "Mixed", "Body"));
		sms.send(new SmsMessage(DEMO, phone, code + " https://renloop.test/offer/x.y"));
		robot.send(RobotMessage.toTenantRobot(DEMO, "机器人 " + code));
		ApiClient admin = ApiClient.as(port, "admin@demo.example");

		List<JsonNode> all = admin.get("/api/v1/dev/outbox?size=3").json().get("content").valueStream().toList();
		assertThat(all).extracting(m -> m.get("channel").asString()).containsExactly("ROBOT", "SMS", "EMAIL");
		JsonNode text = all.get(1);
		assertThat(text.get("to").asString()).isEqualTo(phone);
		assertThat(text.get("text").asString()).isEqualTo(code + " https://renloop.test/offer/x.y");
		assertThat(text.get("subject").isNull()).as("an SMS has no subject").isTrue();
		assertThat(text.get("attachments").isEmpty()).isTrue();
		assertThat(all.get(0).get("to").asString()).isEqualTo("wecom:" + DEMO);

		JsonNode onlySms = admin.get("/api/v1/dev/outbox?channel=SMS&size=200").json();
		assertThat(onlySms.get("content").valueStream().map(m -> m.get("channel").asString())).containsOnly("SMS");
		assertThat(onlySms.get("content").valueStream().map(m -> m.get("to").asString())).contains(phone);
		assertThat(onlySms.at("/page/totalElements").asLong()).isEqualTo(jdbc.queryForObject(
				"select count(*) from platform.dev_outbox_message where tenant_id = ? and channel = 'SMS'", Long.class, DEMO));
		assertThat(admin.get("/api/v1/dev/outbox?channel=ROBOT&size=1").json().at("/content/0/text").asString())
			.isEqualTo("机器人 " + code);
	}

	@Test
	void unknownChannelIsABadRequest() {
		Problems.assertProblem(ApiClient.as(port, "admin@demo.example").get("/api/v1/dev/outbox?channel=FAX"), 400);
	}

	@Test
	void pageShowsTheChannelAndTheLinksOfAnSms() {
		String phone = uniqueMobile("137");
		sms.send(new SmsMessage(DEMO, phone, "请确认录用 https://renloop.test/offer/abc.def 验证码 482913"));
		String admin = TestUsers.createUser(administration, DEMO, Role.TENANT_ADMIN);
		BrowserSession browser = new BrowserSession(port);
		browser.signIn(admin, ApiClient.PASSWORD);

		String english = browser.get("/dev/outbox?channel=SMS&lang=en").body();
		assertThat(english).contains(phone).contains("<a href=\"https://renloop.test/offer/abc.def\"")
			.contains(">SMS</span>");
		assertThat(browser.get("/dev/outbox?channel=EMAIL&lang=en").body()).doesNotContain(phone);
		assertThat(browser.get("/dev/outbox?channel=SMS&lang=zh-CN").body()).contains(">短信</span>").contains(phone);
	}

	@Test
	void anotherTenantsAdminDoesNotSeeTheMessage() {
		String to = TestUsers.unique("private") + "@example.com";
		mail.send(MailMessage.plain(DEMO, to, "Demo only", "Body"));

		assertThat(ApiClient.as(port, "admin@acme.example").get("/api/v1/dev/outbox?size=200").body()).doesNotContain(to);
	}

	@Test
	void withoutMailServerTheMessageIsRecordedAsNotSent() {
		String subject = TestUsers.unique("Unsent");
		mail.send(MailMessage.plain(DEMO, "zhang.wei@example.com", subject, "Body"));

		assertThat(jdbc.queryForMap("select recipient, status from platform.mail_delivery where subject = ?", subject))
			.containsEntry("status", "NOT_SENT")
			.as("the recipient is masked").containsEntry("recipient", "zh***@example.com");
	}

	@Test
	void messageOfARolledBackTransactionIsNeverSent() {
		String to = TestUsers.unique("rolled-back") + "@example.com";
		String subject = TestUsers.unique("Never");
		transactions.executeWithoutResult(status -> {
			mail.send(MailMessage.plain(DEMO, to, subject, "Body"));
			status.setRollbackOnly();
		});

		assertThat(jdbc.queryForObject("select count(*) from platform.mail_delivery where subject = ?", Long.class,
				subject)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from platform.dev_outbox_message where recipient = ?",
				Long.class, to)).isZero();
	}

	@Test
	void messageOfACommittedTransactionLeavesAfterTheCommit() {
		String subject = TestUsers.unique("Committed");
		transactions.executeWithoutResult(status -> {
			mail.send(MailMessage.plain(DEMO, "after@example.com", subject, "Body"));
			assertThat(jdbc.queryForObject("select count(*) from platform.mail_delivery where subject = ?", Long.class,
					subject)).as("not before the commit").isZero();
		});

		assertThat(jdbc.queryForObject("select count(*) from platform.mail_delivery where subject = ?", Long.class,
				subject)).isEqualTo(1);
	}

	@Test
	void pageShowsTheLinksOfAMessageAsLinksInBothLanguages() {
		mail.send(MailMessage.plain(DEMO, TestUsers.unique("page") + "@example.com", "Link",
				"请打开 https://renloop.test/interview/abc.def 完成面试"));
		String admin = TestUsers.createUser(administration, DEMO, Role.TENANT_ADMIN);
		BrowserSession browser = new BrowserSession(port);
		browser.signIn(admin, ApiClient.PASSWORD);

		BrowserSession.Page english = browser.get("/dev/outbox?lang=en");
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.body()).contains("Developer outbox")
			.contains("<a href=\"https://renloop.test/interview/abc.def\"")
			.as("in the navigation").contains("href=\"/dev/outbox\"");
		assertThat(browser.get("/dev/outbox?lang=zh-CN").body()).contains("开发发件箱");
	}

	@Test
	void pageIsForTenantAdministratorsOnly() {
		BrowserSession browser = new BrowserSession(port);
		browser.signIn(TestUsers.createUser(administration, DEMO, Role.HR_ADMIN), ApiClient.PASSWORD);

		assertThat(browser.get("/dev/outbox").status()).isEqualTo(403);
		assertThat(browser.get("/").body()).as("not in the navigation").doesNotContain("/dev/outbox");
	}

	private static String uniqueMobile(String prefix) {
		return prefix + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}
}
