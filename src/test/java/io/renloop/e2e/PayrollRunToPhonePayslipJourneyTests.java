package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Payroll opens and calculates a month at the desk, reviews it and submits it; HR and finance approve; payroll
 * publishes; the employee opens the payslip on a phone and reads why the sick-leave line is what it is.
 */
@RenloopIntegrationTest
class PayrollRunToPhonePayslipJourneyTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void payrollRunsTheMonthFinanceApprovesAndTheEmployeeReadsWhyOnThePhone() {
		ApiClient payroll = ApiClient.as(port, "payroll@demo.example");
		String group = TestUsers.unique("J").toUpperCase().replaceAll("[^A-Z0-9_]", "_");
		assertThat(payroll.put("/api/v1/payroll/pay-groups/" + group, Map.of("name", "旅程 " + group, "regionCode",
				"TY")).status()).isEqualTo(200);
		String number = TestUsers.unique("JP");
		ApiClient.Response hired = ApiClient.as(port, "hr@demo.example").post("/api/v1/employees", Map.of("employeeNo",
				number, "name", "旅程员工", "departmentId", new DemoData(jdbc).departmentId(DEMO, "ELEC"), "hireDate",
				"2024-03-01"));
		UUID employee = UUID.fromString(hired.json().get("id").asString());
		assertThat(payroll.post("/api/v1/payroll/employees/" + employee + "/structures", Map.of("effectiveFrom",
				"2026-01-01", "payGroupCode", group, "base", 10000, "housingFundRate", 0.1)).status()).isEqualTo(201);
		assertThat(payroll.post("/api/v1/payroll/inputs", Map.of("period", "2026-12", "items", java.util.List.of(Map.of(
				"employeeNo", number, "code", "SAFETY_BONUS", "amount", 800, "note", "安全生产无事故")))).status())
			.isEqualTo(201);
		String login = TestUsers.unique("slip") + "@demo.test";
		administration.createUser(new NewUser(DEMO, login, "旅程员工", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE), null,
				null, employee));

		String runId;
		try (BrowserContext desk = browser.newContext(1366, 900, "zh-CN")) {
			Page page = Browser.signIn(desk, port, "payroll@demo.example");
			page.navigate(url("/payroll?lang=zh-CN"));
			page.locator("#period").fill("2026-12");
			page.locator("#payGroupId").selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel(group + " · 旅程 " + group));
			page.locator("#new-run button[type=submit]").click();
			page.locator("#calculate").click();
			assertThat(page.locator("#run-status")).hasText("已计算", new HasTextOptions().setTimeout(30_000));
			page.reload();
			assertThat(page.locator("#review")).containsText(number);
			page.screenshot(screenshot("payroll-run-calculated"));
			runId = page.url().replaceAll(".*/payroll/runs/([0-9a-f-]+).*", "$1");
			page.locator("#submit-run").click();
			assertThat(page.locator("#run-status")).hasText("审批中");
		}

		approveAs("hr@demo.example", runId);
		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page finance = Browser.signIn(phone, port, "finance@demo.example");
			finance.navigate(url("/approvals?lang=zh-CN"));
			finance.locator(".approval-task").filter(new Locator.FilterOptions().setHasText(group)).first()
				.locator("button[value=APPROVED]").click();
			assertThat(finance.locator("#approval-notice")).isVisible();
		}
		assertThat(Eventually.await(() -> "APPROVED".equals(payroll.get("/api/v1/payroll/runs/" + runId).json()
			.get("status").asString()) ? true : null)).isTrue();

		try (BrowserContext desk = browser.newContext(1366, 900, "zh-CN")) {
			Page page = Browser.signIn(desk, port, "payroll@demo.example");
			page.navigate(url("/payroll/runs/" + runId + "?lang=zh-CN"));
			page.locator("#publish-run").click();
			assertThat(page.locator("#run-status")).hasText("已发布");
		}

		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page me = Browser.signIn(phone, port, login);
			me.navigate(url("/me?lang=zh-CN"));
			me.locator("#me-latest-payslip").click();
			Locator bonus = me.locator(".payslip-line[data-code=SAFETY_BONUS]");
			bonus.locator("summary").click();
			assertThat(bonus.locator(".payslip-explanation")).containsText("本月录入");
			Locator pension = me.locator(".payslip-line[data-code=PENSION]");
			pension.locator("summary").click();
			assertThat(pension.locator(".payslip-explanation")).containsText("缴费基数");
			assertThat(me.locator("#payslip-net")).not().hasText("0.00");
			me.screenshot(screenshot("payslip-phone"));
		}
		JsonNode payslip = ApiClient.as(port, login).get("/api/v1/me/payslips/2026-12").json();
		assertThat(payslip.get("gross").decimalValue()).isEqualByComparingTo("11800.00"); // 10,000 + 1,000 + 800
	}

	private void approveAs(String login, String runId) {
		ApiClient approver = ApiClient.as(port, login);
		JsonNode task = Eventually.await(() -> {
			for (JsonNode t : approver.get("/api/v1/approvals/inbox").json()) {
				if (t.get("subjectId").asString().equals(runId)) {
					return t;
				}
			}
			return null;
		});
		assertThat(task).isNotNull();
		approver.post("/api/v1/approvals/" + task.get("taskId").asString() + "/decision",
				Map.of("outcome", "APPROVED", "comment", "核对无误"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
