package io.renloop.training.internal.certificate;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.training.TrainingFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;

/**
 * Besides the e-mails, a certificate's reminder goes as an SMS to the holder's mobile and as a message to the
 * tenant's WeCom group robot, in Chinese and English; a redelivered reminder sends none of them again. In the test
 * profile (demo mode) every message lands in the developer outbox with its channel.
 */
@RenloopIntegrationTest
class ExpiryRemindersGoBySmsAndGroupRobotOnceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExpiryScan scan;

	@Autowired
	ExpiryReminders reminders;

	@Test
	void theHolderGetsAnSmsAndTheGroupRobotPostsOnceEvenWhenTheReminderIsRedelivered() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), null, phone);
		String type = TrainingFixtures.certificateType(hr, null);
		LocalDate expires = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60);
		UUID certificate = UUID.fromString(TrainingFixtures.addCertificate(hr,
				TrainingFixtures.certificate(miner, type, expires.toString()), null).json().get("id").asString());

		SystemActor.runAs(DEMO, () -> scan.scan(expires.minusDays(7)));
		Eventually.await(() -> count("SMS", phone, type) == 1 && count("ROBOT", "wecom:" + DEMO, type) == 1
				&& mails(type) == 2 ? true : null);
		String sms = jdbc.queryForObject("""
				select text from platform.dev_outbox_message where channel = 'SMS' and recipient = ?""", String.class,
				phone);
		assertThat(sms).contains("测试证 " + type, "将于 " + expires + " 到期", "expires on " + expires);
		assertThat(jdbc.queryForObject("""
				select text from platform.dev_outbox_message where channel = 'ROBOT' and text like ?""", String.class,
				"%" + type + "%")).contains("培训测试", "证书到期提醒", "Certificate reminder");
		assertThat(jdbc.queryForObject("""
				select notified_at is not null from training.certificate_reminder
				where certificate_id = ? and threshold_days = 7""", Boolean.class, certificate)).isTrue();

		ExpiryReminders direct = AopTestUtils.getTargetObject(reminders);
		direct.on(new ReminderDue(DEMO, certificate, miner, type, expires, 7));
		assertThat(count("SMS", phone, type)).isEqualTo(1);
		assertThat(count("ROBOT", "wecom:" + DEMO, type)).isEqualTo(1);
		assertThat(mails(type)).isEqualTo(2);
	}

	private long count(String channel, String recipient, String type) {
		return jdbc.queryForObject("""
				select count(*) from platform.dev_outbox_message
				where tenant_id = ? and channel = ? and recipient = ? and text like ?""", Long.class, DEMO, channel,
				recipient, "%" + type + "%");
	}

	private long mails(String type) {
		return jdbc.queryForObject("""
				select count(*) from platform.dev_outbox_message where tenant_id = ? and channel = 'EMAIL'
				and subject like ?""", Long.class, DEMO, "%" + type + "%");
	}
}
