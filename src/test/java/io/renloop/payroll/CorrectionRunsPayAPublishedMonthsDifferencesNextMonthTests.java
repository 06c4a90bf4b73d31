package io.renloop.payroll;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.math.BigDecimal;
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
 * A raise backdated into a published month: the published month stays as it was, a correction run recalculates it
 * through the normal approval, and the next month's payslip pays the difference as lines of its own with the year's
 * tax as if the month had been right the first time.
 */
@RenloopIntegrationTest
class CorrectionRunsPayAPublishedMonthsDifferencesNextMonthTests {

	static final String MAY = "2027-05";

	static final String JUNE = "2027-06";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void aBackdatedRaiseIsPaidWithTheNextMonthAndItsTax() {
		ApiClient payroll = ApiClient.as(port, PayrollFixtures.PAYROLL);
		JsonNode group = PayrollFixtures.payGroup(payroll);
		String groupId = group.get("id").asString();
		String number = PayrollFixtures.staff(ApiClient.as(port, "hr@demo.example"), payroll,
				new DemoData(jdbc).departmentId(DemoData.DEMO, "IT"), group.get("code").asString(), "10000").get(0);
		UUID employeeId = new DemoData(jdbc).employeeId(DemoData.DEMO, number);
		String may = open(payroll, MAY, groupId);
		PayrollFixtures.published(port, payroll, may);

		assertThat(payroll.post("/api/v1/payroll/employees/" + employeeId + "/structures", Map.of("effectiveFrom",
				"2027-05-01", "payGroupCode", group.get("code").asString(), "base", 12000, "allowances",
				Map.of("MEAL", 500), "housingFundRate", 0.12, "reason", "补调薪")).status()).isEqualTo(201);
		ApiClient.Response opened = payroll.post("/api/v1/payroll/runs/" + may + "/corrections", Map.of());
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		JsonNode correction = opened.json();
		assertThat(correction.get("kind").asString()).isEqualTo("CORRECTION");
		assertThat(correction.get("period").asString()).isEqualTo(MAY);
		assertThat(correction.get("targetPeriod").asString()).isEqualTo(JUNE);
		assertThat(correction.get("correctsRunId").asString()).isEqualTo(may);
		String correctionId = correction.get("id").asString();
		assertProblem(payroll.post("/api/v1/payroll/runs/" + may + "/corrections", Map.of()), 409);
		assertProblem(payroll.post("/api/v1/payroll/runs/" + correctionId + "/corrections", Map.of()), 409);

		JsonNode calculated = PayrollFixtures.calculated(payroll, correctionId);
		// base +2,000 and the performance bonus (10 % of base) +200
		assertThat(calculated.get("headcount").asInt()).isEqualTo(1);
		assertThat(calculated.get("totals").get("gross").decimalValue()).isEqualByComparingTo("2200.00");
		PayrollFixtures.published(port, payroll, correctionId);
		assertProblem(payroll.get("/api/v1/payroll/runs/" + correctionId + "/bank-file"), 409);

		String june = open(payroll, JUNE, groupId);
		PayrollFixtures.published(port, payroll, june);

		ApiClient employee = ApiClient.as(port, login(employeeId)).inLanguage("zh-CN");
		JsonNode mayPayslip = employee.get("/api/v1/me/payslips/" + MAY).json();
		assertThat(line(mayPayslip, "BASE").get("amount").decimalValue()).as("published May stays")
			.isEqualByComparingTo("10000.00");
		JsonNode junePayslip = employee.get("/api/v1/me/payslips/" + JUNE).json();
		JsonNode difference = line(junePayslip, "DIFF_BASE");
		assertThat(difference.get("amount").decimalValue()).isEqualByComparingTo("2000.00");
		assertThat(difference.get("name").asString()).isEqualTo("补发/补扣 2027-05 差额：基本工资");
		assertThat(difference.get("explanation").asString()).contains("已发 10,000.00", "应发 12,000.00",
				"+2,000.00");
		assertThat(line(junePayslip, "DIFF_PENSION").get("amount").decimalValue()).isEqualByComparingTo("160.00");
		assertThat(line(junePayslip, "BASE").get("amount").decimalValue()).isEqualByComparingTo("12000.00");

		// the year's tax as if May had been 12,000 from the start: two months of 13,700 with their contributions
		BigDecimal contributions = contributions(junePayslip);
		JsonNode tax = payroll.post("/api/v1/payroll/tax/cumulative-withholding", Map.of("months", List.of(
				Map.of("income", "13700.00", "socialInsurance", contributions, "specialAdditionalDeductions", 0,
						"otherDeductions", 0),
				Map.of("income", "13700.00", "socialInsurance", contributions, "specialAdditionalDeductions", 0,
						"otherDeductions", 0)))).json();
		BigDecimal yearTax = tax.get("months").get(1).get("cumulativeTax").decimalValue();
		assertThat(junePayslip.get("tax").get("yearToDate").decimalValue()).isEqualByComparingTo(yearTax);
		BigDecimal mayWithheld = mayPayslip.get("tax").get("month").decimalValue();
		assertThat(line(junePayslip, "DIFF_TAX").get("amount").decimalValue()).isEqualByComparingTo(
				tax.get("months").get(0).get("cumulativeTax").decimalValue().subtract(mayWithheld));
		assertThat(junePayslip.get("tax").get("month").decimalValue()).isEqualByComparingTo(
				yearTax.subtract(mayWithheld));
	}

	private static String open(ApiClient payroll, String period, String groupId) {
		ApiClient.Response opened = payroll.post("/api/v1/payroll/runs", Map.of("period", period, "payGroupId",
				groupId));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	private String login(UUID employeeId) {
		String email = TestUsers.unique("payee") + "@demo.test";
		administration.createUser(new NewUser(DemoData.DEMO, email, "Payee", ApiClient.PASSWORD,
				Set.of(Role.EMPLOYEE), null, null, employeeId));
		return email;
	}

	/** The month's own contributions (the differences' aside). */
	private static BigDecimal contributions(JsonNode payslip) {
		BigDecimal sum = BigDecimal.ZERO;
		for (JsonNode line : payslip.get("lines")) {
			if (line.get("kind").asString().equals("CONTRIBUTION") && !line.get("code").asString().startsWith("DIFF_")) {
				sum = sum.add(line.get("amount").decimalValue());
			}
		}
		return sum;
	}

	private static JsonNode line(JsonNode payslip, String code) {
		for (JsonNode line : payslip.get("lines")) {
			if (line.get("code").asString().equals(code)) {
				return line;
			}
		}
		throw new AssertionError("no line " + code + " in " + payslip);
	}
}
