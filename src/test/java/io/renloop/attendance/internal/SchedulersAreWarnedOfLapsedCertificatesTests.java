package io.renloop.attendance.internal;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.training.CertificateExpired;
import io.renloop.training.TrainingFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import tools.jackson.databind.JsonNode;

/**
 * A shift can require training's certificates. Attendance learns from training's events who holds which certificate
 * until when; planning someone whose certificate lapsed (or who has none) answers with warnings that name the person
 * and the certificate, in the reader's language, and still plans the days. A renewal clears the warning; a repeated
 * or late event changes nothing.
 */
@RenloopIntegrationTest
class SchedulersAreWarnedOfLapsedCertificatesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CertificatesHeld held;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private ApiClient hr() {
		return ApiClient.as(port, "hr@demo.example");
	}

	@Test
	void anExpiredCertificateWarnsTheSchedulerAndARenewalClearsTheWarning() {
		String type = TrainingFixtures.certificateType(hr(), null);
		String shift = shiftRequiring(type);
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), null);
		record(miner, type, today.minusDays(3));
		awaitValidity(miner, type, today.minusDays(3));

		JsonNode planned = plan(hr().inLanguage("zh-CN"), miner, shift);
		assertThat(planned.get("planned").asInt()).as("planned all the same").isEqualTo(3);
		assertThat(planned.get("warnings").valueStream().toList()).singleElement().satisfies(w -> {
			assertThat(w.get("employeeId").asString()).isEqualTo(miner.toString());
			assertThat(w.get("employeeName").asString()).isEqualTo("培训测试");
			assertThat(w.get("certificateType").asString()).isEqualTo(type);
			assertThat(w.get("status").asString()).isEqualTo("EXPIRED");
			assertThat(w.get("expiresOn").asString()).isEqualTo(today.minusDays(3).toString());
			assertThat(w.get("firstDay").asString()).isEqualTo(today.plusDays(1).toString());
			assertThat(w.get("message").asString()).contains("培训测试", type, "已于 " + today.minusDays(3) + " 过期");
		});
		assertThat(plan(hr().inLanguage("en"), miner, shift).at("/warnings/0/message").asString())
			.contains("expired on " + today.minusDays(3));

		BrowserSession scheduler = new BrowserSession(port);
		scheduler.signIn("hr@demo.example", ApiClient.PASSWORD);
		assertThat(scheduler.get("/attendance/team-schedule?departmentId=" + new DemoData(jdbc).departmentId(DEMO,
				"COAL-1") + "&month=" + today.plusDays(1).toString().substring(0, 7)).body())
			.contains("id=\"certificate-warnings\"", type);
		assertThat(scheduler.get("/attendance/shifts").body()).contains(type);

		record(miner, type, today.plusYears(3));
		awaitValidity(miner, type, today.plusYears(3));
		assertThat(plan(hr(), miner, shift).get("warnings").isEmpty()).as("renewed").isTrue();
	}

	@Test
	void someoneWithoutTheCertificateIsWarnedAsMissing() {
		String type = TrainingFixtures.certificateType(hr(), null);
		String shift = shiftRequiring(type);
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), null);
		JsonNode warning = plan(hr().inLanguage("en"), miner, shift).at("/warnings/0");
		assertThat(warning.get("status").asString()).isEqualTo("MISSING");
		assertThat(warning.get("expiresOn").isNull()).isTrue();
		assertThat(warning.get("message").asString()).contains("holds no " + type);
		assertThat(plan(hr(), miner, "STD").get("warnings").isEmpty()).as("a shift that requires nothing").isTrue();
	}

	@Test
	void theExpiryAnnouncedAgainOrLateChangesNothing() {
		String type = TrainingFixtures.certificateType(hr(), null);
		String shift = shiftRequiring(type);
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), null);
		CertificatesHeld direct = AopTestUtils.getTargetObject(held);
		CertificateExpired expired = new CertificateExpired(DEMO, miner, UUID.randomUUID(), type, today.minusDays(1));
		direct.on(expired);
		direct.on(expired);
		assertThat(jdbc.queryForObject("""
				select count(*) from attendance.certificate_validity where employee_id = ? and certificate_type = ?""",
				Long.class, miner, type)).isEqualTo(1);
		assertThat(plan(hr(), miner, shift).at("/warnings/0/status").asString()).isEqualTo("EXPIRED");

		record(miner, type, today.plusYears(1));
		awaitValidity(miner, type, today.plusYears(1));
		direct.on(expired);
		assertThat(plan(hr(), miner, shift).get("warnings").isEmpty()).as("an old expiry after the renewal").isTrue();
	}

	private String shiftRequiring(String type) {
		String code = "CERT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		assertThat(hr().put("/api/v1/attendance/shifts/" + code, Map.of("nameZh", "井下早班", "nameEn",
				"Underground early", "start", "06:00", "end", "14:00", "breakMinutes", 30)).status()).isEqualTo(200);
		ApiClient.Response required = hr().put("/api/v1/attendance/shifts/" + code + "/required-certificates",
				Map.of("certificateTypes", List.of(type)));
		assertThat(required.status()).as(required.body()).isEqualTo(200);
		assertThat(hr().get("/api/v1/attendance/shifts/" + code + "/required-certificates").json()
			.get("certificateTypes").get(0).asString()).isEqualTo(type);
		return code;
	}

	private JsonNode plan(ApiClient client, UUID employee, String shift) {
		ApiClient.Response planned = client.post("/api/v1/attendance/schedule/bulk", Map.of("employeeIds",
				List.of(employee), "from", today.plusDays(1).toString(), "to", today.plusDays(3).toString(),
				"shiftCode", shift));
		assertThat(planned.status()).as(planned.body()).isEqualTo(200);
		return planned.json();
	}

	private void record(UUID employee, String type, LocalDate expiresOn) {
		ApiClient.Response added = TrainingFixtures.addCertificate(hr(),
				TrainingFixtures.certificate(employee, type, expiresOn.toString()), null);
		assertThat(added.status()).as(added.body()).isBetween(200, 201);
	}

	private void awaitValidity(UUID employee, String type, LocalDate expiresOn) {
		Eventually.await(() -> jdbc.query("""
				select 1 from attendance.certificate_validity
				where employee_id = ? and certificate_type = ? and expires_on = ?""", (rs, n) -> true, employee, type,
				java.sql.Date.valueOf(expiresOn)).stream().findFirst().orElse(null));
	}
}
