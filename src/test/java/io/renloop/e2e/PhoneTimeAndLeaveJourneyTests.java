package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * On a phone: a miner (reporting to manager@demo.example, with a login of their own) clocks in at their site, asks for the morning of their next working day off, the manager
 * approves it from their phone, the annual-leave balance drops by half a day and the day shows as covered.
 */
@RenloopIntegrationTest
class PhoneTimeAndLeaveJourneyTests extends BrowserTest {

	static final double LATITUDE = 37.8706;

	static final double LONGITUDE = 112.5489;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void anEmployeeClocksInAndTakesHalfADayThatTheManagerApprovesOnAPhone() {
		DemoData data = new DemoData(jdbc);
		String name = "手机" + TestUsers.unique("员工").substring(3);
		UUID employee = minerReportingToTheDemoManager(data, name);
		String login = TestUsers.unique("miner") + "@demo.test";
		administration.createUser(new NewUser(DEMO, login, name, ApiClient.PASSWORD, Set.of(Role.EMPLOYEE), null,
				data.departmentId(DEMO, "ELEC"), employee));
		siteAroundTheEmployeesDepartment(employee);
		LocalDate day = nextWorkingDay(employee);
		BigDecimal before = annualRemaining(login);

		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			phone.grantPermissions(List.of("geolocation"));
			phone.setGeolocation(new Geolocation(LATITUDE + 0.0004, LONGITUDE));
			Page me = Browser.signIn(phone, port, login);
			me.navigate(url("/me?lang=zh-CN"));
			me.locator("#clock-in").click();
			assertThat(me.locator("#me-notice")).containsText("已在");

			me.locator("#leave-type").selectOption("ANNUAL");
			me.locator("#leave-start").fill(day.toString());
			me.locator("label[for=half-am]").click();
			me.locator("#leave-submit").click();
			assertThat(me.locator("#me-notice")).containsText("0.5");
			assertThat(me.locator("#me-requests")).containsText("审批中");
			me.screenshot(screenshot("me-leave-requested-phone"));
		}

		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page manager = Browser.signIn(phone, port, "manager@demo.example");
			manager.navigate(url("/me?lang=zh-CN"));
			manager.locator("#me-approvals-link").click();
			manager.locator(".approval-task").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText(name)).first().locator("button[value=APPROVED]").click();
			assertThat(manager.locator("#approval-notice")).isVisible();
			manager.screenshot(screenshot("me-manager-approved-phone"));
		}

		assertThat(annualRemaining(login)).isEqualByComparingTo(before.subtract(new BigDecimal("0.5")));
		JsonNode covered = ApiClient.as(port, login)
			.get("/api/v1/attendance/daily?employeeId=" + employee + "&from=" + day + "&to=" + day)
			.json()
			.get(0);
		assertThat(covered.get("date").asString()).isEqualTo(day.toString());
		assertThat(covered.get("leave").isNull()).as(covered.toString()).isFalse();
		assertThat(covered.get("absent").asBoolean()).isFalse();
	}

	private UUID minerReportingToTheDemoManager(DemoData data, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeNo", TestUsers.unique("PH"));
		body.put("name", name);
		body.put("departmentId", data.departmentId(DEMO, "ELEC"));
		body.put("managerId", data.employeeOfUser("manager@demo.example"));
		body.put("hireDate", "2020-01-02");
		body.put("workStartDate", "2010-03-01");
		ApiClient.Response created = ApiClient.as(port, "hr@demo.example").post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private void siteAroundTheEmployeesDepartment(UUID employee) {
		UUID department = jdbc.queryForObject("select department_id from employee.employee where id = ?", UUID.class,
				employee);
		ApiClient.Response site = ApiClient.as(port, "hr@demo.example")
			.post("/api/v1/attendance/sites", Map.of("name", "太原总部 " + UUID.randomUUID().toString().substring(0, 6),
					"latitude", LATITUDE, "longitude", LONGITUDE, "radiusMeters", 300, "departmentIds",
					List.of(department)));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
	}

	private LocalDate nextWorkingDay(UUID employee) {
		LocalDate from = LocalDate.now().plusDays(7);
		JsonNode days = ApiClient.as(port, "hr@demo.example")
			.get("/api/v1/attendance/schedule?employeeId=" + employee + "&from=" + from + "&to=" + from.plusDays(20))
			.json();
		for (JsonNode day : days) {
			if (!day.get("shift").isNull()) {
				LocalDate date = LocalDate.parse(day.get("date").asString());
				if (!requested(employee, date)) {
					return date;
				}
			}
		}
		throw new AssertionError("no free working day in " + days);
	}

	private boolean requested(UUID employee, LocalDate date) {
		return ApiClient.as(port, "hr@demo.example")
			.get("/api/v1/leave/requests?employeeId=" + employee)
			.json()
			.valueStream()
			.filter(r -> !List.of("CANCELLED", "REJECTED").contains(r.get("status").asString()))
			.anyMatch(r -> !date.isBefore(LocalDate.parse(r.get("start").asString()))
					&& !date.isAfter(LocalDate.parse(r.get("end").asString())));
	}

	private BigDecimal annualRemaining(String login) {
		return ApiClient.as(port, login)
			.get("/api/v1/me/leave/balances")
			.json()
			.valueStream()
			.filter(b -> b.get("type").asString().equals("ANNUAL"))
			.findFirst()
			.orElseThrow()
			.get("remaining")
			.decimalValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
