package io.renloop.employee;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "managers see mobile numbers in clear": the employee list, record, page and export show mobile
 * numbers masked ({@code 138****5678}); the plain number is part of the audited reveal of personal data, which
 * needs the reveal permission.
 */
@RenloopIntegrationTest
class ManagersSeeMaskedMobileNumbersTests {

	static final String MANAGER = "manager@demo.example";

	static final Pattern MASKED = Pattern.compile("\\d{3}\\*{4}\\d{4}");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	String phone;

	String employee;

	@BeforeEach
	void employeeInTheManagersUnit() {
		hr = ApiClient.as(port, "hr@demo.example");
		phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
		employee = EmployeeFixtures.hired(hr, new DemoData(jdbc).departmentId(DEMO, "MINING"), "号码测试",
				Map.of("phone", phone));
	}

	@Test
	void managersListShowsNoMobileNumberInClear() {
		ApiClient.Response list = ApiClient.as(port, MANAGER).get("/api/v1/employees?size=200");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().at("/page/totalElements").asLong()).isGreaterThan(100);
		// the phone field of every row, not the whole body: employee numbers and e-mails of other tests may hold
		// timestamps whose digits look like a mobile number
		assertThat(list.json().get("content").valueStream().map(e -> e.path("phone").asString("")))
			.allMatch(p -> p.isEmpty() || p.contains("****"))
			.anyMatch(p -> MASKED.matcher(p).matches());
		assertThat(list.body()).as("the new number in clear").doesNotContain(phone);
	}

	@Test
	void theSearchBoxDoesNotConfirmTheDigitsOfAMaskedNumber() {
		ApiClient manager = ApiClient.as(port, MANAGER);
		assertThat(manager.get("/api/v1/employees?q=" + phone.substring(3, 7) + "&size=200").body())
			.doesNotContain(employee);
		assertThat(manager.get("/api/v1/employees?q=" + phone + "&size=200").body()).doesNotContain(employee);
		assertThat(manager.get("/api/v1/employees?q=" + java.net.URLEncoder.encode("号码测试", java.nio.charset.StandardCharsets.UTF_8) + "&size=200").body()).contains(employee);
	}

	@Test
	void managersRecordAndPageShowTheNumberMasked() {
		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		JsonNode record = ApiClient.as(port, MANAGER).get("/api/v1/employees/" + employee).json();

		assertThat(record.get("phone").asString()).isEqualTo(masked);
		assertThat(record.at("/personalData/phone").asString()).isEqualTo(masked);
		BrowserSession browser = new BrowserSession(port);
		browser.signIn(MANAGER, ApiClient.PASSWORD);
		BrowserSession.Page page = browser.get("/employees/" + employee);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(masked).doesNotContain(phone);
	}

	@Test
	void onlyTheAuditedRevealShowsTheNumber() {
		assertProblem(ApiClient.as(port, MANAGER).get("/api/v1/employees/" + employee + "/personal-data"), 403);

		JsonNode revealed = hr.get("/api/v1/employees/" + employee + "/personal-data").json();

		assertThat(revealed.get("phone").asString()).isEqualTo(phone);
		JsonNode audit = hr.get("/api/v1/audit/events?entityType=Employee&entityId=" + employee + "&size=1").json();
		assertThat(audit.at("/content/0/action").asString()).isEqualTo("READ_SENSITIVE");
		assertThat(audit.at("/content/0/after").asString()).contains("phone");
	}

	@Test
	void exportsCarryTheNumberMasked() {
		String csv = hr.get("/api/v1/exports/employees?format=csv").body();

		assertThat(csv).doesNotContain(phone).contains(phone.substring(0, 3) + "****" + phone.substring(7));
	}

	@Test
	void aMaskedNumberSentBackKeepsTheStoredOne() {
		Map<String, Object> record = new HashMap<>(Map.of("name", "号码测试", "phone",
				hr.get("/api/v1/employees/" + employee).json().get("phone").asString(), "departmentId",
				new DemoData(jdbc).departmentId(DEMO, "MINING"), "hireDate", "2025-01-06"));

		assertThat(hr.put("/api/v1/employees/" + employee, record).status()).isEqualTo(200);

		assertThat(jdbc.queryForObject("select phone from employee.employee where id = ?::uuid", String.class, employee))
			.isEqualTo(phone);
	}
}
