package io.renloop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The phone workspace without JavaScript: each user sees the tiles their permissions allow, and a refused action
 * comes back as a readable message in the user's language, with nothing saved.
 */
@RenloopIntegrationTest
class MeWorkspaceTests {

	@LocalServerPort
	int port;

	/** For a login of its own where a page is asked for in a language ({@code ?lang=}), which a user keeps. */
	@Autowired
	TenantAdministration administration;

	@Test
	void anEmployeeSeesTheirBalancesRequestsAndMonth() {
		BrowserSession employee = signedIn("employee@demo.example");

		BrowserSession.Page me = employee.get("/me?lang=zh-CN");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body()).contains("id=\"me-balances\"", "id=\"me-requests\"", "id=\"me-month\"",
				"id=\"clock-in-form\"", "id=\"leave-submit\"", "假期余额");
	}

	@Test
	void aUserWithoutAnEmployeeRecordSeesOnlyTheApprovals() {
		BrowserSession.Page me = signedIn(TestUsers.createUser(administration, DemoData.DEMO, Role.TENANT_ADMIN))
			.get("/me?lang=en");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body()).contains("id=\"me-todos\"", "no employee record").doesNotContain("id=\"me-balances\"");
	}

	@Test
	void aClockInWithoutAPositionIsRefusedReadably() {
		BrowserSession employee = signedIn("employee@demo.example");

		BrowserSession.Page refused = employee.postForm("/me/clock-in?lang=en", Map.of("_csrf", csrf(employee)));

		assertThat(refused.status()).isEqualTo(302);
		assertThat(employee.get("/me?lang=en").body()).contains("did not share its position");
	}

	@Test
	void aLeaveRequestThatEndsBeforeItStartsIsRefusedAndNothingIsSaved() {
		BrowserSession employee = signedIn("employee@demo.example");
		int before = myRequests();

		employee.postForm("/me/leave?lang=en", Map.of("_csrf", csrf(employee), "type", "ANNUAL", "start",
				"2026-12-20", "end", "2026-12-10"));

		assertThat(employee.get("/me?lang=en").body()).contains("id=\"me-error\"");
		assertThat(myRequests()).isEqualTo(before);
	}

	@Test
	void anEmployeeReadsTheirPayslipsAndDeclaresADeductionOnThePhone() {
		BrowserSession employee = signedIn("employee@demo.example");
		assertThat(employee.get("/me?lang=zh-CN").body()).contains("id=\"me-payslips\"", "id=\"me-latest-payslip\"");
		String period = ApiClient.as(port, "employee@demo.example").get("/api/v1/me/payslips").json().get(0)
			.get("period").asString();
		assertThat(employee.get("/me/payslips").body()).contains(period, "id=\"me-tax-link\"");
		assertThat(employee.get("/me/payslips/" + period).body()).contains("id=\"payslip-lines\"", "基本工资",
				"缴费基数");

		employee.postForm("/me/tax", Map.of("_csrf", csrf(employee), "kind", "INFANT_CARE", "monthlyAmount", "9000",
				"evidence", "孩子一岁"));
		assertThat(employee.get("/me/tax").body()).contains("id=\"me-error\"", "6000");
		employee.postForm("/me/tax", Map.of("_csrf", csrf(employee), "kind", "INFANT_CARE", "monthlyAmount", "2000",
				"evidence", "孩子一岁，出生证明编号 X123"));
		BrowserSession.Page tax = employee.get("/me/tax");
		assertThat(tax.body()).contains("id=\"me-notice\"", "婴幼儿照护", "出生证明编号 X123", "2,000.00");
	}

	private static String csrf(BrowserSession session) {
		return BrowserSession.csrfTokenOf(session.get("/me"));
	}

	private int myRequests() {
		return ApiClient.as(port, "employee@demo.example").get("/api/v1/me/leave/requests").json().size();
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}
}
