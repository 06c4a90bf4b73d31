package io.renloop.payroll;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.payroll.internal.items.SalaryItems;
import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Salary items through the API: built-in items until the tenant saves its own, versions that never overwrite each
 * other and apply by day, formulas tried before saving and explained in the caller's language, and every bad formula
 * (syntax, sandbox escapes, unknown variables, cycles between items) refused with a 400 in zh and en, saving nothing.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalaryItemApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SalaryItems items;

	ApiClient admin() {
		return ApiClient.as(port, "admin@demo.example");
	}

	/** A code of this test run, so that runs and other tests do not meet. */
	static String code(String name) {
		return name + "_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
	}

	/** An INFO item: shown only, so that it never changes the pay of the runs other tests calculate in tenant demo. */
	static Map<String, Object> item(String formula, String effectiveFrom) {
		return Map.of("nameZh", "测试项目", "nameEn", "Test item", "kind", "INFO", "taxable", false, "formula", formula,
				"effectiveFrom", effectiveFrom, "seq", 50);
	}

	long versionsSaved(String code) {
		return jdbc.queryForObject("select count(*) from payroll.salary_item where tenant_id = ? and code = ?", Long.class,
				DEMO, code);
	}

	@Test
	void builtInItemsApplyUntilTheTenantSavesItsOwn() {
		JsonNode items = ApiClient.as(port, "finance@demo.example").get("/api/v1/payroll/items?date=2026-03-01").json();
		JsonNode overtime = items.valueStream().filter(i -> i.get("code").asString().equals("OVERTIME")).findFirst().orElseThrow();
		assertThat(overtime.get("builtIn").asBoolean()).isTrue();
		assertThat(overtime.get("formula").asString()).contains("overtimeHolidayHours * 3");
		assertThat(items.valueStream().map(i -> i.get("code").asString()))
			.contains("PERFORMANCE_BONUS", "ABSENCE", "UNPAID_LEAVE", "LATE");
	}

	@Test
	void savingAddsAVersionAndTheDayDecidesWhichApplies() {
		String code = code("SHIFT");
		assertThat(admin().put("/api/v1/payroll/items/" + code, item("base * 0.1", "2026-01-01")).json().get("version").asInt())
			.isEqualTo(1);
		assertThat(admin().put("/api/v1/payroll/items/" + code, item("base * 0.2", "2026-07-01")).json().get("version").asInt())
			.isEqualTo(2);

		assertThat(formulaOn(code, "2025-12-31")).isNull();
		assertThat(formulaOn(code, "2026-03-01")).isEqualTo("base * 0.1");
		assertThat(formulaOn(code, "2026-07-01")).isEqualTo("base * 0.2");
		JsonNode versions = admin().get("/api/v1/payroll/items/" + code + "/versions").json();
		assertThat(versions.valueStream().map(v -> v.get("version").asInt())).containsExactly(2, 1);
		assertThat(versions.get(1).get("createdBy").asString()).isEqualTo("admin@demo.example");
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where tenant_id = ? and "
				+ "entity_type = 'SalaryItem' and entity_id like ?", Long.class, DEMO, code + "@%")).isEqualTo(2);
	}

	@Test
	void aBuiltInItemKeepsItsDefaultAsTheFirstVersion() {
		JsonNode versions = admin().get("/api/v1/payroll/items/LATE/versions").json();
		assertThat(versions.get(versions.size() - 1).get("version").asInt()).isZero();
		assertProblem(admin().get("/api/v1/payroll/items/NO_SUCH_ITEM/versions"), 404);
	}

	private String formulaOn(String code, String day) {
		return admin().get("/api/v1/payroll/items?date=" + day)
			.json()
			.valueStream()
			.filter(i -> i.get("code").asString().equals(code))
			.map(i -> i.get("formula").asString())
			.findFirst()
			.orElse(null);
	}

	@Test
	void runsGetTheItemsInForceInTheOrderTheyAreComputed() {
		String first = code("Z_FIRST");
		String second = code("A_SECOND");
		assertThat(admin().put("/api/v1/payroll/items/" + second, item(first + " + 1", "2026-01-01")).status()).isEqualTo(200);
		assertThat(admin().put("/api/v1/payroll/items/" + first, item("base * 2", "2026-01-01")).status()).isEqualTo(200);

		List<String> order = items.itemsInForce(DEMO, LocalDate.parse("2026-06-01"))
			.stream()
			.map(i -> i.item().code())
			.toList();
		assertThat(order).contains("OVERTIME", first, second);
		assertThat(order.indexOf(first)).isLessThan(order.indexOf(second));
		SalaryItems.ItemInForce computedSecond = items.itemsInForce(DEMO, LocalDate.parse("2026-06-01"))
			.stream()
			.filter(i -> i.item().code().equals(second))
			.findFirst()
			.orElseThrow();
		assertThat(computedSecond.formula().evaluate(Map.of(first, new BigDecimal("20000.00"))))
			.isEqualByComparingTo("20001.00");
	}

	@Test
	void aCycleBetweenItemsIsRefusedNamingItInBothLanguages() {
		String a = code("A");
		String b = code("B");
		String c = code("C");
		assertThat(admin().put("/api/v1/payroll/items/" + a, item(b + " * 2", "2026-01-01")).status()).isEqualTo(200);
		assertThat(admin().put("/api/v1/payroll/items/" + b, item(c + " + 1", "2026-01-01")).status()).isEqualTo(200);

		String cycle = a + " → " + b + " → " + c + " → " + a;
		JsonNode en = assertProblem(admin().put("/api/v1/payroll/items/" + c, item(a + " / 2", "2026-02-01")), 400);
		assertThat(en.get("code").asString()).isEqualTo("payroll.formula.cycle");
		assertThat(en.get("detail").asString()).contains("cycle", cycle);
		JsonNode zh = assertProblem(admin().inLanguage("zh-CN").put("/api/v1/payroll/items/" + c, item(a + " / 2", "2026-02-01")), 400);
		assertThat(zh.get("detail").asString()).contains("循环引用", cycle);
		assertThat(versionsSaved(c)).isZero();
	}

	@Test
	void aCycleOnALaterDayIsRefusedToo() {
		String a = code("LATER_A");
		String b = code("LATER_B");
		assertThat(admin().put("/api/v1/payroll/items/" + a, item("base", "2026-01-01")).status()).isEqualTo(200);
		assertThat(admin().put("/api/v1/payroll/items/" + a, item(b + " * 2", "2026-09-01")).status()).isEqualTo(200);
		// on 2026-03-01 A reads no item, but from 2026-09-01 on it reads B
		assertThat(assertProblem(admin().put("/api/v1/payroll/items/" + b, item(a + " + 1", "2026-03-01")), 400)
			.get("code").asString()).isEqualTo("payroll.formula.cycle");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Class.forName('java.lang.Runtime')", "new java.io.File('/etc/passwd')", "System.exit(1)",
			"use java.io.*; 1", "__env__", "require('x')", "seq.list(1)", "string.length('x')",
			"for i in range(0, 100000) { 1 }", "let x = 1; x", "lambda(x) -> x end", "base * (1 +", "2 ** 10000" })
	void sandboxEscapesAndSyntaxErrorsAreRefusedInBothLanguages(String formula) {
		String code = code("ESCAPE");
		JsonNode en = assertProblem(admin().put("/api/v1/payroll/items/" + code, item(formula, "2026-01-01")), 400);
		assertThat(en.get("code").asString()).containsPattern("^(payroll\\.)?formula\\.");
		assertThat(en.get("detail").asString()).containsPattern("[Ff]ormula");
		JsonNode zh = assertProblem(admin().inLanguage("zh-CN").put("/api/v1/payroll/items/" + code, item(formula, "2026-01-01")), 400);
		assertThat(zh.get("detail").asString()).contains("公式");
		assertThat(versionsSaved(code)).isZero();
	}

	@Test
	void unknownVariablesOverlongFormulasAndBadCodesAreRefused() {
		JsonNode unknown = assertProblem(admin().put("/api/v1/payroll/items/" + code("U"), item("salary * 2", "2026-01-01")), 400);
		assertThat(unknown.get("detail").asString()).contains("\"salary\"");
		JsonNode overlong = assertProblem(admin().put("/api/v1/payroll/items/" + code("L"), item("1+".repeat(1001) + "1", "2026-01-01")), 400);
		assertThat(overlong.get("detail").asString()).contains("2,000");
		assertProblem(admin().put("/api/v1/payroll/items/overtime", item("base", "2026-01-01")), 400);
		assertProblem(admin().put("/api/v1/payroll/items/" + code("K"), Map.of("nameZh", "缺字段", "formula", "base")), 400);
	}

	@Test
	void financeReadsAndPreviewsButCannotSave() {
		assertProblem(ApiClient.as(port, "finance@demo.example").put("/api/v1/payroll/items/" + code("F"), item("base", "2026-01-01")), 403);
		assertThat(ApiClient.as(port, "finance@demo.example")
			.post("/api/v1/payroll/items/preview", Map.of("formula", "base * 2", "variables", Map.of("base", 1)))
			.status()).isEqualTo(200);
	}

	@Test
	void aPreviewComputesAndExplainsInTheCallersLanguage() {
		Map<String, Object> request = Map.of("formula", "performanceFactor * base * 0.1", "variables",
				Map.of("base", 10000, "performanceFactor", 1.1));
		JsonNode zh = admin().inLanguage("zh-CN").post("/api/v1/payroll/items/preview", request).json();
		assertThat(zh.get("value").decimalValue()).isEqualByComparingTo("1100.00");
		assertThat(zh.get("explanation").asString()).isEqualTo("绩效系数 1.10 × 基本工资 10,000.00 × 10% = 1,100.00");
		JsonNode en = admin().inLanguage("en").post("/api/v1/payroll/items/preview", request).json();
		assertThat(en.get("explanation").asString())
			.isEqualTo("Performance factor 1.10 × Base salary 10,000.00 × 10% = 1,100.00");
		assertThat(en.get("variables").valueStream().map(v -> v.get("name").asString()))
			.containsExactly("performanceFactor", "base");
	}

	@Test
	void aPreviewDerivesTheRatesFromTheBase() {
		JsonNode preview = admin().post("/api/v1/payroll/items/preview",
				Map.of("formula", "dailyRate * absentDays", "variables", Map.of("base", 10875, "absentDays", 2))).json();
		assertThat(preview.get("value").decimalValue()).isEqualByComparingTo("1000.00");
	}

	@Test
	void aPreviewThatCannotBeComputedIsABadRequestNamingWhy() {
		JsonNode missing = assertProblem(admin().post("/api/v1/payroll/items/preview",
				Map.of("formula", "base * absentDays", "variables", Map.of("base", 1))), 400);
		assertThat(missing.get("detail").asString()).contains("absentDays");
		JsonNode zero = assertProblem(admin().inLanguage("zh-CN").post("/api/v1/payroll/items/preview",
				Map.of("formula", "base / absentDays", "variables", Map.of("base", 1, "absentDays", 0))), 400);
		assertThat(zero.get("detail").asString()).contains("除以零");
		Map<String, Object> text = new HashMap<>(Map.of("formula", "base * 2"));
		text.put("variables", Map.of("base", "ten thousand"));
		assertProblem(admin().post("/api/v1/payroll/items/preview", text), 400);
		assertProblem(admin().post("/api/v1/payroll/items/preview", Map.of("formula", "Runtime.getRuntime()", "variables", Map.of())), 400);
	}
}
