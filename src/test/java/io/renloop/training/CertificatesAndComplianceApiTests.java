package io.renloop.training;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.training.TrainingFixtures.addCertificate;
import static io.renloop.training.TrainingFixtures.certificate;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Certificates and compliance: a required certificate is MISSING until HR records it with its scan, then EXPIRING
 * near its expiry; the compliance view stays within the caller's data scope; scans are accepted by content, not by
 * name, and within the size limit.
 */
@RenloopIntegrationTest
class CertificatesAndComplianceApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	DemoData data;

	LocalDate today;

	@BeforeEach
	void setUp() {
		hr = ApiClient.as(port, "hr@demo.example");
		data = new DemoData(jdbc);
		today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void aRequiredCertificateIsMissingUntilRecordedThenExpiringNearItsExpiry() {
		UUID position = TrainingFixtures.newPosition(port);
		String type = TrainingFixtures.certificateType(hr, position);
		UUID miner = TrainingFixtures.newMiner(port, data, position);
		assertThat(row(miner, type).get("status").asString()).isEqualTo("MISSING");

		ApiClient.Response added = addCertificate(hr, certificate(miner, type, today.plusDays(10).toString()),
				TrainingFixtures.PDF);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("hasScan").asBoolean()).isTrue();
		JsonNode row = row(miner, type);
		assertThat(row.get("status").asString()).isEqualTo("EXPIRING");
		assertThat(row.get("expiresOn").asString()).isEqualTo(today.plusDays(10).toString());
		assertThat(row.get("certificate").asString()).startsWith("Test licence");
		assertThat(hr.inLanguage("zh-CN").get("/api/v1/training/compliance?departmentId="
				+ data.departmentId(DEMO, "COAL-1")).body()).contains("测试证 " + type);
	}

	@Test
	void theComplianceViewStaysWithinTheCallersScope() {
		UUID position = TrainingFixtures.newPosition(port);
		String type = TrainingFixtures.certificateType(hr, position);
		UUID miner = TrainingFixtures.newMiner(port, data, position);
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		assertThat(manager.get("/api/v1/training/compliance").body()).contains(miner.toString());
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		String own = employee.get("/api/v1/training/compliance").body();
		assertThat(own).doesNotContain(miner.toString());
		assertProblem(employee.get("/api/v1/training/certificates?employeeId=" + miner), 404);
		assertThat(manager.get("/api/v1/training/compliance?departmentId=" + data.departmentId(DEMO, "FIN")).json()
			.size()).isZero();
		assertThat(type).isNotBlank();
	}

	@Test
	void scansAreCheckedByContentNotByName() {
		UUID miner = TrainingFixtures.newMiner(port, data, null);
		String type = TrainingFixtures.certificateType(hr, null);
		byte[] script = "#!/bin/sh\necho not a scan\n".getBytes(StandardCharsets.UTF_8);
		assertProblem(addCertificate(hr, certificate(miner, type, null), script), 415);
		assertThat(count(miner)).isZero();
		assertThat(addCertificate(hr, certificate(miner, type, null), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n',
				0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' }).status()).isEqualTo(201);
	}

	@Test
	void aScanAboveTheSizeLimitIsRefusedAndNothingIsSaved() {
		UUID miner = TrainingFixtures.newMiner(port, data, null);
		String type = TrainingFixtures.certificateType(hr, null);
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(TrainingFixtures.PDF, 0, big, 0, TrainingFixtures.PDF.length);
		assertProblem(addCertificate(hr, certificate(miner, type, null), big), 413);
		assertThat(count(miner)).isZero();
	}

	@Test
	void badCertificatesAreClearProblems() {
		UUID miner = TrainingFixtures.newMiner(port, data, null);
		String type = TrainingFixtures.certificateType(hr, null);
		Map<String, String> backwards = certificate(miner, type, "2020-01-01");
		assertProblem(addCertificate(hr, backwards, null), 400);
		assertProblem(addCertificate(hr, certificate(miner, "NO_SUCH_TYPE", null), null), 400);
		Map<String, String> notADate = certificate(miner, type, null);
		notADate.put("issuedOn", "yesterday");
		assertProblem(addCertificate(hr, notADate, null), 400);
		Map<String, String> first = certificate(miner, type, null);
		assertThat(addCertificate(hr, first, null).status()).isEqualTo(201);
		assertProblem(addCertificate(hr, first, null), 409);
		assertThat(count(miner)).isEqualTo(1);
	}

	@Test
	void aCourseVideoIsStreamedInRanges() {
		UUID course = TrainingFixtures.createCourse(hr, TrainingFixtures.course("ONLINE", "VIDEO", 60, 0,
				java.util.List.of("安全")));
		ApiClient.Response uploaded = TrainingFixtures.uploadVideo(port, course);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
		assertThat(uploaded.json().get("contentType").asString()).startsWith("video/");
		ApiClient.Binary part = ApiClient.as(port, "employee@demo.example").withHeader("Range", "bytes=4-11")
			.getBinary("/api/v1/training/courses/" + course + "/content");
		assertThat(part.status()).isEqualTo(206);
		assertThat(new String(part.body(), StandardCharsets.US_ASCII)).isEqualTo("ftypisom");
		assertProblem(ApiClient.as(port, "admin@demo.example").send("PUT", "/api/v1/training/courses/" + course
				+ "/content", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "video/mp4"), 415);
	}

	private JsonNode row(UUID employee, String type) {
		for (JsonNode row : hr.get("/api/v1/training/compliance?departmentId=" + data.departmentId(DEMO, "COAL-1"))
			.json()) {
			if (row.get("employeeId").asString().equals(employee.toString())
					&& row.get("certificateCode").asString().equals(type)) {
				return row;
			}
		}
		throw new AssertionError("no compliance row for " + employee + " " + type);
	}

	private long count(UUID employee) {
		return jdbc.queryForObject("select count(*) from training.certificate where employee_id = ?", Long.class,
				employee);
	}
}
