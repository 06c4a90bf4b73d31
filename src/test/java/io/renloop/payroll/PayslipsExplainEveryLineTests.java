package io.renloop.payroll;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo employee's published payslips: their own only, every line explained in the reader's language, a PDF. */
@RenloopIntegrationTest
class PayslipsExplainEveryLineTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoEmployeeReadsThreePublishedMonthsWithEveryLineExplained() {
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		ApiClient.Response list = employee.get("/api/v1/me/payslips");
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		JsonNode months = list.json();
		assertThat(months).hasSize(3);
		String period = months.get(0).get("period").asString();

		ApiClient.Response read = employee.inLanguage("zh-CN").get("/api/v1/me/payslips/" + period);
		assertThat(read.body()).as("amounts with two decimals").containsPattern("\"amount\":\\d+\\.\\d{2}[,}]")
			.doesNotContainPattern("\"amount\":\\d+(\\.\\d)?[,}]");
		JsonNode zh = read.json();
		assertThat(zh.get("period").asString()).isEqualTo(period);
		assertThat(zh.get("net").decimalValue()).isPositive();
		assertThat(zh.get("tax").get("yearToDate").decimalValue()).isGreaterThanOrEqualTo(zh.get("tax").get("month")
			.decimalValue());
		JsonNode base = line(zh, "BASE");
		assertThat(base.get("name").asString()).isEqualTo("基本工资");
		assertThat(base.get("explanation").asString()).contains("基本工资");
		assertThat(line(zh, "PENSION").get("explanation").asString()).contains("缴费基数", "× 8% =");
		assertThat(line(zh, "TAX").get("explanation").asString()).contains("累计", "应纳税所得额");
		for (JsonNode line : zh.get("lines")) {
			assertThat(line.get("explanation").asString()).as(line.get("code").asString()).isNotBlank();
		}

		JsonNode en = employee.inLanguage("en").get("/api/v1/me/payslips/" + period).json();
		assertThat(line(en, "BASE").get("name").asString()).isEqualTo("Base salary");
		assertThat(line(en, "PENSION").get("explanation").asString()).startsWith("Contribution base");

		ApiClient.Binary pdf = employee.getBinary("/api/v1/me/payslips/" + period + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void onlyPublishedMonthsOfOnesOwnExist() {
		assertProblem(ApiClient.as(port, "employee@demo.example").get("/api/v1/me/payslips/1999-01"), 404);
		assertProblem(ApiClient.as(port, "hr@demo.example").get("/api/v1/me/payslips"), 404);
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
