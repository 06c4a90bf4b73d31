package io.renloop.training.internal.certificate;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.training.CertificateExpired;
import io.renloop.training.TrainingFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The daily scan reminds the employee and their manager once per threshold (90, 30, 7 days) and announces
 * {@code CertificateExpired} once, however often it runs.
 */
@RenloopIntegrationTest
@RecordApplicationEvents
class ExpiryRemindersAreSentOncePerThresholdTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExpiryScan scan;

	@Autowired
	ApplicationEvents events;

	@Test
	void eachThresholdIsSentOnceAndTheExpiryAnnouncedOnce() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), null);
		String type = TrainingFixtures.certificateType(hr, null);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate expires = today.plusDays(60);
		String id = TrainingFixtures.addCertificate(hr, TrainingFixtures.certificate(miner, type, expires.toString()),
				null).json().get("id").asString();

		SystemActor.runAs(DEMO, () -> scan.scan(today));
		SystemActor.runAs(DEMO, () -> scan.scan(today));
		assertThat(thresholds(id)).containsExactly(90);

		SystemActor.runAs(DEMO, () -> scan.scan(expires.minusDays(30)));
		SystemActor.runAs(DEMO, () -> scan.scan(expires.minusDays(20)));
		SystemActor.runAs(DEMO, () -> scan.scan(expires.minusDays(7)));
		SystemActor.runAs(DEMO, () -> scan.scan(expires));
		assertThat(thresholds(id)).containsExactly(90, 30, 7);

		SystemActor.runAs(DEMO, () -> scan.scan(expires.plusDays(1)));
		SystemActor.runAs(DEMO, () -> scan.scan(expires.plusDays(2)));
		assertThat(thresholds(id)).containsExactly(90, 30, 7, 0);
		assertThat(events.stream(CertificateExpired.class).filter(e -> e.certificateId().toString().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.expiresOn()).isEqualTo(expires));
		String manager = jdbc.queryForObject("""
				select m.email from employee.employee e join employee.employee m on m.id = e.manager_id where e.id = ?""",
				String.class, miner);
		Long mails = Eventually.await(() -> {
			long sent = jdbc.queryForObject("""
					select count(*) from platform.dev_outbox_message where recipient in (?, ?) and subject like ?""",
					Long.class, email(miner), manager, "%" + type + "%");
			return sent >= 8 ? sent : null;
		});
		assertThat(mails).isEqualTo(8);
	}

	private java.util.List<Integer> thresholds(String certificateId) {
		return jdbc.queryForList("""
				select threshold_days from training.certificate_reminder where certificate_id = ?::uuid
				order by sent_at, threshold_days desc""", Integer.class, certificateId);
	}

	private String email(UUID employee) {
		return jdbc.queryForObject("select email from employee.employee where id = ?", String.class, employee);
	}
}
