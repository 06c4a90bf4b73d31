package io.renloop.employee;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Security finding "a transfer without a target writes an empty timeline entry": a transfer must name a new
 * department or position; otherwise it is a field error and the timeline stays as it was.
 */
@RenloopIntegrationTest
class TransfersNeedATargetTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	DemoData demo;

	String employee;

	@BeforeEach
	void employeeInFinance() {
		hr = ApiClient.as(port, "hr@demo.example");
		demo = new DemoData(jdbc);
		employee = EmployeeFixtures.hired(hr, demo.departmentId(DEMO, "FIN"), "调动测试", Map.of());
	}

	@Test
	void transferWithoutTargetIsAFieldErrorAndWritesNothing() {
		assertThat(errorFields(assertProblem(transfer(Map.of()), 400))).containsExactly("departmentId");

		assertThat(transfers()).isZero();
	}

	@Test
	void transferToTheCurrentUnitIsNoTransfer() {
		assertThat(errorFields(assertProblem(transfer(Map.of("departmentId", demo.departmentId(DEMO, "FIN"))), 400)))
			.containsExactly("departmentId");

		assertThat(transfers()).isZero();
	}

	@Test
	void transferToAnotherUnitIsOnTheTimeline() {
		assertThat(transfer(Map.of("departmentId", demo.departmentId(DEMO, "IT"))).status()).isEqualTo(200);

		assertThat(transfers()).isOne();
		assertThat(hr.get("/api/v1/employees/" + employee + "/timeline").json().get(0).get("summary").asString())
			.isNotBlank();
	}

	private ApiClient.Response transfer(Map<String, UUID> target) {
		Map<String, Object> command = new HashMap<>(target);
		command.put("type", "TRANSFER");
		command.put("effectiveDate", "2026-07-01");
		return hr.post("/api/v1/employees/" + employee + "/lifecycle", command);
	}

	private long transfers() {
		return hr.get("/api/v1/employees/" + employee + "/timeline")
			.json()
			.valueStream()
			.filter(entry -> entry.get("type").asString().equals("TRANSFER"))
			.count();
	}
}
