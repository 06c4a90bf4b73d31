package io.renloop.employee;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "money fields unbounded": every amount of the API (pay — a new version of the pay structure,
 * which payroll owns —, offers, recruiting costs, approval thresholds) is bounded at the edge, and a decimal with a huge exponent is a quick field error in both
 * languages, never a stored absurd value or an endless computation.
 */
@RenloopIntegrationTest
class MoneyFieldsAreBoundedTests {

	static final String HAN = ".*\\p{IsHan}.*";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	String employee;

	@BeforeEach
	void employee() {
		hr = ApiClient.as(port, "hr@demo.example");
		employee = EmployeeFixtures.hired(hr, new DemoData(jdbc).departmentId(DEMO, "FIN"), "薪资测试", Map.of());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e308", "1e1000000", "-0.01", "12000.123", "10000000", "1E+7" })
	void payChangeOutsideTheBoundsIsAFieldError(String salary) {
		JsonNode problem = assertProblem(payChange(payroll(), salary), 400);

		assertThat(errorFields(problem)).containsExactly("base");
		assertThat(payOnFile()).isFalse();
	}

	@Test
	void theErrorIsInTheCallersLanguage() {
		assertThat(errorMessage(assertProblem(payChange(payroll().inLanguage("zh-CN"), "1e308"), 400), "base"))
			.matches(HAN);
		assertThat(errorMessage(assertProblem(payChange(payroll(), "1e308"), 400), "base")).doesNotMatch(HAN);
	}

	@Test
	void aHugeExponentIsRefusedQuickly() {
		long started = System.nanoTime();

		assertProblem(payChange(payroll(), "1e999999999"), 400);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aPayWithinTheBoundsIsTaken() {
		assertThat(payChange(payroll(), "9999999.99").status()).isEqualTo(201);
		assertThat(payOnFile()).isTrue();
	}

	@Test
	void theEmployeeRecordTakesNoPayAndSaysWhereItGoes() {
		JsonNode problem = assertProblem(hr.post("/api/v1/employees/" + employee + "/lifecycle",
				"{\"type\": \"PAY_CHANGE\", \"effectiveDate\": \"2026-07-01\", \"salary\": 9000}"), 400);

		assertThat(errorMessage(problem, "type")).contains("/api/v1/payroll/employees/");
		assertThat(payOnFile()).isFalse();
	}

	@Test
	void offerSalaryIsBounded() {
		JsonNode problem = assertProblem(hr.post("/api/v1/applications/" + UUID.randomUUID() + "/offers",
				"{\"monthlySalary\": 1e308, \"startDate\": \"2027-01-04\", \"probationMonths\": 3}"), 400);

		assertThat(errorFields(problem)).containsExactly("monthlySalary");
	}

	@Test
	void recruitingCostIsBounded() {
		JsonNode problem = assertProblem(hr.post("/api/v1/requisitions/" + UUID.randomUUID() + "/applications",
				"{\"name\": \"成本测试\", \"channel\": \"OTHER\", \"consent\": true, \"cost\": 1e1000000}"), 400);

		assertThat(errorFields(problem)).containsExactly("cost");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e1000000", "1e20", "-1", "0.001" })
	void approvalThresholdIsBounded(String amount) {
		String chain = "{\"steps\": [{\"name\": \"GM\", \"kind\": \"ROLE\", \"role\": \"GENERAL_MANAGER\", \"amountAbove\": "
				+ amount + "}]}";

		JsonNode problem = assertProblem(hr.put("/api/v1/approvals/chains/bounds-test", chain), 400);

		assertThat(errorFields(problem)).containsExactly("steps[0].amountAbove");
	}

	private ApiClient payroll() {
		return ApiClient.as(port, "payroll@demo.example");
	}

	private ApiClient.Response payChange(ApiClient client, String base) {
		return client.post("/api/v1/payroll/employees/" + employee + "/structures", "{\"effectiveFrom\": \"2026-07-01\", "
				+ "\"payGroupCode\": \"MINE\", \"housingFundRate\": 0.1, \"base\": " + base + "}");
	}

	private boolean payOnFile() {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from payroll.salary_structure where employee_id = ?::uuid)", Boolean.class,
				employee));
	}
}
