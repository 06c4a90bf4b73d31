package io.renloop.payroll;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Multipart;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An employee whose tax year began in the tenant's earlier payroll system: the balances through March are imported
 * (JSON or a spreadsheet, checked row by row, nothing saved on an error) and April's withholding goes on from them.
 */
@RenloopIntegrationTest
class TaxOpeningBalancesStartTheCumulativeWithholdingTests {

	static final String PATH = "/api/v1/payroll/tax/opening-balances";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aprilGoesOnFromTheBalancesThroughMarch() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL).inLanguage("zh-CN");
		JsonNode group = PayrollFixtures.payGroup(payroll);
		String number = PayrollFixtures.staff(ApiClient.as(port, "hr@demo.example"), payroll,
				new DemoData(jdbc).departmentId(DemoData.DEMO, "IT"), group.get("code").asString(), "10000").get(0);
		Map<String, Object> balance = Map.of("employeeNo", number, "throughMonth", 3, "income", "90000.00",
				"socialInsurance", 7000, "specialAdditionalDeductions", 3000, "taxPaid", "2100.00");

		ApiClient.Response refused = payroll.post(PATH, Map.of("year", 2028, "items", List.of(balance,
				Map.of("employeeNo", "NOBODY-9", "throughMonth", 13, "income", 1, "socialInsurance", 0, "taxPaid",
						-1))));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("errors").toString()).contains("NOBODY-9", "throughMonth", "taxPaid")
			.doesNotContain("\"row\":1");
		assertThat(balances(number)).isZero();
		ApiClient.Response checked = payroll.post(PATH + "?dryRun=true", Map.of("year", 2028, "items",
				List.of(balance)));
		assertThat(checked.status()).as(checked.body()).isEqualTo(200);
		assertThat(balances(number)).isZero();
		assertThat(payroll.post(PATH, Map.of("year", 2028, "items", List.of(balance))).status()).isEqualTo(201);
		assertThat(balances(number)).isEqualTo(1);
		assertProblem(payroll.post(PATH, Map.of("year", 1999, "items", List.of(balance))), 400);

		String runId = payroll.post("/api/v1/payroll/runs", Map.of("period", "2028-04", "payGroupId",
				group.get("id").asString())).json().get("id").asString();
		assertThat(PayrollFixtures.calculated(payroll, runId)).isNotNull();
		Map<String, Object> april = jdbc.queryForMap("""
				select p.ytd_months, p.ytd_income, p.ytd_basic_deduction, p.ytd_tax, p.tax, p.social_insurance
				  from payroll.payslip p join employee.employee e on e.id = p.employee_id
				 where p.run_id = ?::uuid and e.employee_no = ?""", runId, number);
		assertThat(april.get("ytd_months")).isEqualTo(4);
		// 90,000 before + 10,000 base, 500 meal and the performance bonus of 1,000
		assertThat((BigDecimal) april.get("ytd_income")).isEqualByComparingTo("101500.00");
		assertThat((BigDecimal) april.get("ytd_basic_deduction")).isEqualByComparingTo("20000.00");
		// the year as the calculator sees it: March's sums in one month, then April
		BigDecimal contributions = (BigDecimal) april.get("social_insurance");
		JsonNode months = payroll.post("/api/v1/payroll/tax/cumulative-withholding", Map.of("months", List.of(
				Map.of("income", 90000, "socialInsurance", 7000, "specialAdditionalDeductions", 3000,
						"otherDeductions", 0),
				month(), month(),
				Map.of("income", 11500, "socialInsurance", contributions, "specialAdditionalDeductions", 0,
						"otherDeductions", 0)))).json().get("months");
		BigDecimal yearTax = months.get(3).get("cumulativeTax").decimalValue();
		assertThat((BigDecimal) april.get("ytd_tax")).isEqualByComparingTo(yearTax);
		assertThat((BigDecimal) april.get("tax")).isEqualByComparingTo(yearTax.subtract(new BigDecimal("2100")));
	}

	@Test
	void aSpreadsheetWithChineseHeadersIsCheckedByTheSheetsRows() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL).inLanguage("zh-CN");
		String known = jdbc.queryForObject("select employee_no from employee.employee where tenant_id = 'demo' limit 1",
				String.class);
		String header = "工号,截至月份,累计收入,累计专项扣除,累计已缴税额\n";

		ApiClient.Response refused = Multipart.form(Map.of("year", "2029"), "file", "期初.csv",
				header + known + ",2,\"20,000.00\",3000,120\n" + known + ",2,abc,0,0\n")
			.postTo(payroll, PATH + "/file");
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("errors")).hasSize(1);
		assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("income");
		assertThat(jdbc.queryForObject("select count(*) from payroll.tax_opening_balance where tax_year = 2029",
				Integer.class)).isZero();

		ApiClient.Response checked = Multipart.form(Map.of("year", "2029", "dryRun", "true"), "file", "期初.csv",
				header + known + ",2,\"20,000.00\",3000,120\n").postTo(payroll, PATH + "/file");
		assertThat(checked.status()).as(checked.body()).isEqualTo(200);
		assertThat(checked.json().get("accepted").asInt()).isEqualTo(1);
		assertProblem(Multipart.form(Map.of("year", "2029"), "file", "x.csv", "工号,累计收入\nA,1\n")
			.postTo(payroll, PATH + "/file"), 400);
	}

	private static Map<String, Object> month() {
		return Map.of("income", 0, "socialInsurance", 0, "specialAdditionalDeductions", 0, "otherDeductions", 0);
	}

	private int balances(String number) {
		return jdbc.queryForObject("""
				select count(*) from payroll.tax_opening_balance b join employee.employee e on e.id = b.employee_id
				 where e.employee_no = ?""", Integer.class, number);
	}
}
