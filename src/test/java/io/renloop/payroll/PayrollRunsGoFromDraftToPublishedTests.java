package io.renloop.payroll;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.Approvals;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.Multipart;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A payroll run's life through the API: opened once per month and group, calculated as a job, reviewed against last
 * month, locked while HR and then finance approve it, its bank file, and published; inputs checked row by row.
 */
@RenloopIntegrationTest
class PayrollRunsGoFromDraftToPublishedTests {

	static final String PERIOD = "2026-12";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRunIsCalculatedReviewedApprovedByHrAndFinanceAndPublished() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL);
		JsonNode group = PayrollFixtures.payGroup(payroll);
		String groupId = group.get("id").asString();
		List<String> staff = PayrollFixtures.staff(ApiClient.as(port, "hr@demo.example"), payroll,
				new DemoData(jdbc).departmentId(DemoData.DEMO, "IT"), group.get("code").asString(), "10000", "20000");
		assertThat(payroll.post("/api/v1/payroll/inputs", Map.of("period", PERIOD, "items", List.of(Map.of(
				"employeeNo", staff.get(0), "code", "COMMISSION", "amount", 1000, "note", "十二月提成")))).status())
			.isEqualTo(201);

		ApiClient.Response opened = payroll.post("/api/v1/payroll/runs", Map.of("period", PERIOD, "payGroupId", groupId));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertProblem(payroll.post("/api/v1/payroll/runs", Map.of("period", PERIOD, "payGroupId", groupId)), 409);
		String runId = opened.json().get("id").asString();

		JsonNode run = PayrollFixtures.calculated(payroll, runId);
		assertThat(run).as("calculated").isNotNull();
		assertThat(run.get("headcount").asInt()).isEqualTo(2);
		// 10,500 + 1,000 commission + 1,000 performance bonus (10 % of base) + 20,500 + 2,000
		assertThat(run.get("totals").get("gross").decimalValue()).isEqualByComparingTo("35000.00");
		assertThat(run.get("totals").get("net").decimalValue()).isLessThan(run.get("totals").get("gross").decimalValue());

		JsonNode review = payroll.get("/api/v1/payroll/runs/" + runId + "/review").json();
		assertThat(review).hasSize(2);
		assertThat(review.get(0).get("flags").toString()).contains("NEW");
		assertProblem(payroll.post("/api/v1/payroll/runs/" + runId + "/publish", Map.of()), 409);
		assertProblem(payroll.get("/api/v1/payroll/runs/" + runId + "/bank-file"), 409);

		assertThat(payroll.post("/api/v1/payroll/runs/" + runId + "/submit", Map.of()).json().get("status").asString())
			.isEqualTo("SUBMITTED");
		assertProblem(payroll.post("/api/v1/payroll/runs/" + runId + "/calculate", Map.of()), 409);
		Approvals.approve(port, "hr@demo.example", runId);
		Approvals.approve(port, "finance@demo.example", runId);
		assertThat(Eventually.await(() -> "APPROVED"
			.equals(payroll.get("/api/v1/payroll/runs/" + runId).json().get("status").asString()) ? true : null))
			.as("approved by HR and finance").isTrue();

		JsonNode summary = payroll.get("/api/v1/payroll/runs/" + runId + "/summary").json();
		assertThat(summary.get("departments")).hasSize(1);
		assertThat(summary.get("departments").get(0).get("gross").decimalValue()).isEqualByComparingTo("35000.00");
		assertThat(summary.get("departments").get(0).get("items").toString()).contains("PENSION", "COMMISSION");

		String bankFile = payroll.get("/api/v1/payroll/runs/" + runId + "/bank-file").body();
		assertThat(bankFile).contains(staff.get(0), staff.get(1), "6222020200112345678", "中国工商银行");
		assertThat(payroll.get("/api/v1/payroll/runs/" + runId + "/bank-file?template=icbc").body())
			.contains("收款账号,收款人户名,金额,用途,备注").contains("6222020200112345678");
		assertThat(payroll.put("/api/v1/payroll/pay-groups/" + group.get("code").asString(), Map.of("name",
				group.get("name").asString(), "regionCode", "BJ", "bankTemplate", "CCB")).status()).isEqualTo(200);
		assertThat(payroll.get("/api/v1/payroll/runs/" + runId + "/bank-file").body()).contains("序号,账号,户名,金额,摘要");
		assertProblem(payroll.get("/api/v1/payroll/runs/" + runId + "/bank-file?template=ABC"), 400);
		JsonNode published = payroll.post("/api/v1/payroll/runs/" + runId + "/publish", Map.of()).json();
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.get("publishedAt").isNull()).isFalse();
	}

	@Test
	void aBonusInADeadZoneIsFlaggedForReview() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL);
		JsonNode group = PayrollFixtures.payGroup(payroll);
		List<String> staff = PayrollFixtures.staff(ApiClient.as(port, "hr@demo.example"), payroll,
				new DemoData(jdbc).departmentId(DemoData.DEMO, "IT"), group.get("code").asString(), "10000", "10000");
		assertThat(payroll.post("/api/v1/payroll/inputs", Map.of("period", PERIOD, "items", List.of(
				Map.of("employeeNo", staff.get(0), "code", "BONUS", "amount", 36500),
				Map.of("employeeNo", staff.get(1), "code", "BONUS", "amount", 36000)))).status()).isEqualTo(201);
		String runId = payroll.post("/api/v1/payroll/runs", Map.of("period", PERIOD, "payGroupId",
				group.get("id").asString())).json().get("id").asString();
		assertThat(PayrollFixtures.calculated(payroll, runId)).isNotNull();

		Map<String, String> flags = new java.util.HashMap<>();
		payroll.get("/api/v1/payroll/runs/" + runId + "/review").json()
			.forEach(line -> flags.put(line.get("employeeNo").asString(), line.get("flags").toString()));
		assertThat(flags.get(staff.get(0))).contains("BONUS_CLIFF");
		assertThat(flags.get(staff.get(1))).doesNotContain("BONUS_CLIFF");
	}

	@Test
	void inputsWithABadRowSaveNothingAndSayWhichRow() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL).inLanguage("zh-CN");
		String known = jdbc.queryForObject("select employee_no from employee.employee where tenant_id = 'demo' limit 1",
				String.class);
		int before = inputs(known);

		ApiClient.Response refused = payroll.post("/api/v1/payroll/inputs", Map.of("period", "2027-03", "items",
				List.of(Map.of("employeeNo", known, "code", "COMMISSION", "amount", 100),
						Map.of("employeeNo", "NOBODY-1", "code", "COMMISSION", "amount", 100),
						Map.of("employeeNo", known, "code", "FINE", "amount", "12.345"))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors")).hasSize(2);
		assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("NOBODY-1", "工号");
		assertThat(refused.json().get("errors").get(1).get("row").asInt()).isEqualTo(3);
		ApiClient.Response dryRun = payroll.post("/api/v1/payroll/inputs?dryRun=true", Map.of("period", "2027-03",
				"items", List.of(Map.of("employeeNo", known, "code", "COMMISSION", "amount", 100))));
		assertThat(dryRun.status()).isEqualTo(200);
		assertThat(dryRun.json().get("accepted").asInt()).isEqualTo(1);
		assertThat(inputs(known)).isEqualTo(before);
		assertProblem(payroll.post("/api/v1/payroll/inputs", Map.of("period", "2026-13", "items", List.of())), 400);
	}

	@Test
	void inputsComeFromASpreadsheetWithChineseHeadersAndErrorsOnTheSheetsRows() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL).inLanguage("zh-CN");
		String known = jdbc.queryForObject("select employee_no from employee.employee where tenant_id = 'demo' limit 1",
				String.class);
		int before = inputs(known);

		ApiClient.Response refused = Multipart.form(Map.of("period", "2027-04"), "file", "提成.csv",
				"工号,项目代码,金额,备注\n" + known + ",COMMISSION,\"1,200.50\",四月提成\n" + known + ",提成,100,\n")
			.postTo(payroll, "/api/v1/payroll/inputs/file");
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("errors")).hasSize(1);
		assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
		assertThat(inputs(known)).isEqualTo(before);

		ApiClient.Response saved = Multipart.form(Map.of("period", "2027-04"), "file", "提成.csv",
				"工号,项目代码,金额,备注\n" + known + ",COMMISSION,\"1,200.50\",四月提成\n")
			.postTo(payroll, "/api/v1/payroll/inputs/file");
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		assertThat(inputs(known)).isEqualTo(before + 1);
		assertProblem(Multipart.form(Map.of("period", "2027-04"), "file", "x.csv", "name,amount\nA,1\n")
			.postTo(payroll, "/api/v1/payroll/inputs/file"), 400);
	}

	@Test
	void structuresKeepTheirHistoryAndShowTheAccountMasked() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL);
		JsonNode group = PayrollFixtures.payGroup(payroll);
		String number = PayrollFixtures.staff(ApiClient.as(port, "hr@demo.example"), payroll,
				new DemoData(jdbc).departmentId(DemoData.DEMO, "IT"), group.get("code").asString(), "9000").get(0);
		String employeeId = new DemoData(jdbc).employeeId(DemoData.DEMO, number).toString();
		String path = "/api/v1/payroll/employees/" + employeeId + "/structures";

		assertThat(payroll.post(path, Map.of("effectiveFrom", "2026-07-01", "payGroupCode", group.get("code").asString(),
				"base", 9500, "housingFundRate", 0.1, "reason", "年中调薪")).status()).isEqualTo(201);
		assertProblem(payroll.post(path, Map.of("effectiveFrom", "2026-07-01", "payGroupCode",
				group.get("code").asString(), "base", 9600, "housingFundRate", 0.1)), 409);
		assertProblem(payroll.post(path, Map.of("effectiveFrom", "2026-08-01", "payGroupCode", "NO_SUCH_GROUP",
				"base", 9600, "housingFundRate", 0.1)), 400);
		assertProblem(payroll.post(path, Map.of("effectiveFrom", "2026-08-01", "payGroupCode",
				group.get("code").asString(), "base", 9600, "housingFundRate", 0.2)), 400);

		JsonNode preview = payroll.inLanguage("zh-CN").post("/api/v1/payroll/items/preview-on-employee", Map.of("formula",
				"base * 2", "employeeId", employeeId, "period", "2026-08")).json();
		assertThat(preview.get("value").decimalValue()).as(preview.toString()).isEqualByComparingTo("19000.00");
		assertThat(preview.get("explanation").asString()).contains("基本工资 9,500.00");
		assertProblem(payroll.post("/api/v1/payroll/items/preview-on-employee", Map.of("formula", "base",
				"employeeId", employeeId, "period", "2025-08")), 409);

		JsonNode history = payroll.get(path).json();
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("base").decimalValue()).isEqualByComparingTo("9500");
		assertThat(history.get(0).get("bankAccount").asString()).isEqualTo("**** 5678");
		assertThat(history.toString()).doesNotContain("6222020200112345678");
		assertThat(ApiClient.as(port, "hr@demo.example").get(path).status()).isEqualTo(403);
	}

	private int inputs(String employeeNo) {
		return jdbc.queryForObject("""
				select count(*) from payroll.pay_input i join employee.employee e on e.id = i.employee_id
				 where e.employee_no = ?""", Integer.class, employeeNo);
	}
}
