package io.renloop.leave;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leave pages: in the menu for holders of LEAVE_READ, in Chinese and English; an employee asks for half a day
 * from the page and sees it pending; HR sees types, rules and who is away.
 */
@RenloopIntegrationTest
class LeavePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** HR pages are asked for in a language ({@code ?lang=}), which a user keeps: a login of its own for them. */
	@Autowired
	TenantAdministration administration;

	/** A day the demo employee (on 三班倒) works a day shift, a month ahead: free of the demo's own requests. */
	private String aWorkingDayOfTheDemoEmployee() {
		UUID employee = new DemoData(jdbc).employeeOfUser("employee@demo.example");
		LocalDate from = LocalDate.now().plusDays(30);
		return ApiClient.as(port, "hr@demo.example")
			.get("/api/v1/attendance/schedule?employeeId=" + employee + "&from=" + from + "&to=" + from.plusDays(14))
			.json()
			.valueStream()
			.filter(day -> !day.get("shift").isNull() && !day.get("shift").get("code").asString().equals("NIGHT"))
			.map(day -> day.get("date").asString())
			.findFirst()
			.orElseThrow();
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}

	@Test
	void theMenuShowsLeaveToThoseWhoMayReadIt() {
		assertThat(signedIn("employee@demo.example").get("/").body()).contains("id=\"nav-leave\"");
		assertThat(signedIn("recruiter@demo.example").get("/").body()).doesNotContain("id=\"nav-leave\"");
		assertThat(signedIn("recruiter@demo.example").get("/leave").status()).isEqualTo(403);
	}

	@Test
	void anEmployeeAsksForHalfADayOnThePage() {
		BrowserSession employee = signedIn("employee@demo.example");
		BrowserSession.Page page = employee.get("/leave?lang=zh-CN");
		assertThat(page.body()).contains("申请休假", "待审批");
		String day = aWorkingDayOfTheDemoEmployee();
		BrowserSession.Page submitted = employee.postForm("/leave/requests", Map.of("type", "PERSONAL", "start",
				day, "end", day, "startHalf", "PM", "endHalf", "", "reason", "页面测试",
				"_csrf", BrowserSession.csrfTokenOf(page)));
		assertThat(submitted.location()).endsWith("/leave");
		assertThat(employee.get("/leave?lang=en").body()).contains("页面测试", "0.5 days", "Pending");
	}

	@Test
	void hrSeesTypesRulesAndWhoIsAway() {
		BrowserSession hr = signedIn(TestUsers.createUser(administration, DemoData.DEMO, Role.HR_ADMIN));
		assertThat(hr.get("/leave/types?lang=zh-CN").body()).contains("年休假", "山西省人口和计划生育条例", "80");
		assertThat(hr.get("/leave/calendar?lang=zh-CN").status()).isEqualTo(200);
		assertThat(hr.get("/leave/balances?employeeId=" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}
}
