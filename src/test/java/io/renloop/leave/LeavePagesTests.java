package io.renloop.leave;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The leave pages: in the menu for holders of LEAVE_READ, in Chinese and English; an employee asks for half a day
 * from the page and sees it pending; HR sees types, rules and who is away.
 */
@RenloopIntegrationTest
class LeavePagesTests {

	@LocalServerPort
	int port;

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
		BrowserSession.Page submitted = employee.postForm("/leave/requests", Map.of("type", "PERSONAL", "start",
				"2026-11-02", "end", "2026-11-02", "startHalf", "PM", "endHalf", "", "reason", "页面测试",
				"_csrf", BrowserSession.csrfTokenOf(page)));
		assertThat(submitted.location()).endsWith("/leave");
		assertThat(employee.get("/leave?lang=en").body()).contains("页面测试", "0.5 days", "Pending");
	}

	@Test
	void hrSeesTypesRulesAndWhoIsAway() {
		BrowserSession hr = signedIn("hr@demo.example");
		assertThat(hr.get("/leave/types?lang=zh-CN").body()).contains("年休假", "山西省人口和计划生育条例", "80");
		assertThat(hr.get("/leave/calendar?lang=en").status()).isEqualTo(200);
		assertThat(hr.get("/leave/balances?employeeId=" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}
}
