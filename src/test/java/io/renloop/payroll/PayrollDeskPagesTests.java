package io.renloop.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.Multipart;
import io.renloop.support.RenloopIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The payroll desk's pages: finding a person, their pay structure's history, a new version prefilled from the current
 * one (and a readable refusal of a line it cannot read), and a spreadsheet of one-off amounts checked before saving.
 */
@RenloopIntegrationTest
class PayrollDeskPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRaiseIsANewVersionPrefilledFromTheCurrentOne() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL);
		JsonNode group = PayrollFixtures.payGroup(payroll);
		String number = PayrollFixtures.staff(ApiClient.as(port, "hr@demo.example"), payroll,
				new DemoData(jdbc).departmentId(DemoData.DEMO, "IT"), group.get("code").asString(), "9000").get(0);
		String id = new DemoData(jdbc).employeeId(DemoData.DEMO, number).toString();
		BrowserSession desk = new BrowserSession(port);
		desk.signIn(PayrollFixtures.PAYROLL, ApiClient.PASSWORD);

		assertThat(desk.get("/payroll/people?q=" + number + "&lang=zh-CN").body()).contains(number, "薪资测试");
		BrowserSession.Page person = desk.get("/payroll/people/" + id);
		assertThat(person.body()).contains("id=\"structure-history\"", "MEAL=500", "**** 5678");

		Map<String, String> raise = new HashMap<>(Map.of("_csrf", BrowserSession.csrfTokenOf(person), "effectiveFrom",
				"2026-10-01", "payGroupCode", group.get("code").asString(), "base", "9900", "allowances",
				"MEAL=500\nSHIFT=300", "fixedDeductions", "", "housingFundRate", "0.12", "reason", "晋升调薪"));
		desk.postForm("/payroll/people/" + id + "/structures", raise);
		assertThat(desk.get("/payroll/people/" + id).body()).contains("id=\"structure-notice\"", "9,900.00", "SHIFT");
		raise.put("effectiveFrom", "2026-11-01");
		raise.put("allowances", "MEAL five hundred");
		raise.put("_csrf", BrowserSession.csrfTokenOf(desk.get("/payroll/people/" + id)));
		desk.postForm("/payroll/people/" + id + "/structures", raise);
		assertThat(desk.get("/payroll/people/" + id).body()).contains("id=\"structure-error\"", "MEAL five hundred");
		assertThat(payroll.get("/api/v1/payroll/employees/" + id + "/structures").json()).hasSize(2);
	}

	@Test
	void theRulesInForceAreReadableAtTheDesk() {
		BrowserSession desk = new BrowserSession(port);
		desk.signIn("finance@demo.example", ApiClient.PASSWORD);

		String rules = desk.get("/payroll/rules?lang=zh-CN").body();

		assertThat(rules).contains("id=\"salary-items\"", "加班费", "overtimeWorkdayHours", "id=\"region-BJ\"",
				"id=\"region-TY\"", "养老保险", "35,811.00");
	}

	@Test
	void aSpreadsheetOfAmountsIsCheckedBeforeItIsSaved() {
		BrowserSession desk = new BrowserSession(port);
		desk.signIn(PayrollFixtures.PAYROLL, ApiClient.PASSWORD);
		BrowserSession.Page page = desk.get("/payroll/inputs?lang=en");
		assertThat(page.body()).contains("id=\"inputs-form\"");
		String known = jdbc.queryForObject("select employee_no from employee.employee where tenant_id = 'demo' limit 1",
				String.class);
		Multipart upload = Multipart.form(Map.of("_csrf", BrowserSession.csrfTokenOf(page), "period", "2027-05", "save",
				"false"), "file", "amounts.csv", "employeeNo,code,amount\n" + known + ",COMMISSION,300\nNOBODY,FINE,1\n");

		BrowserSession.Page checked = desk.post("/payroll/inputs", upload.body().getBytes(
				java.nio.charset.StandardCharsets.UTF_8), upload.contentType());

		assertThat(checked.body()).contains("id=\"inputs-errors\"", "NOBODY").doesNotContain("id=\"inputs-ok\"");
		assertThat(jdbc.queryForObject("select count(*) from payroll.pay_input where period = '2027-05'",
				Integer.class)).isZero();
		assertThat(List.of(checked.status())).containsAnyOf(200);
	}
}
