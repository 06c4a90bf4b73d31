package io.renloop.payroll;

import static io.renloop.payroll.RegionFixtures.itemOf;
import static io.renloop.payroll.RegionFixtures.version;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The regions' social insurance and housing fund rules through the API: the built-in official figures, a tenant's
 * own effective-dated version, and versions refused field by field without anything stored.
 */
@RenloopIntegrationTest
class TenantRegionVersionsOverrideTheBuiltInFiguresTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient admin;

	@BeforeEach
	void setUp() {
		admin = ApiClient.as(port, "admin@demo.example");
	}

	@Test
	void theBuiltInBeijingFiguresAreReadWithTheirExactShape() {
		ApiClient.Response beijing = ApiClient.as(port, "finance@demo.example")
			.get("/api/v1/payroll/regions/BJ?on=2025-07-01");

		assertThat(beijing.status()).as(beijing.body()).isEqualTo(200);
		JsonNode region = beijing.json();
		assertThat(region.propertyNames()).containsExactly("code", "name", "effectiveFrom", "items", "minimumWage",
				"averageMonthlyWage");
		assertThat(region.get("effectiveFrom").asString()).isEqualTo("2025-07-01");
		assertThat(region.get("items").get(0).propertyNames()).containsExactly("kind", "baseFloor", "baseCeiling",
				"employeeRate", "employerRate", "employeeFixed", "rounding");
		assertThat(beijing.body()).contains("\"baseFloor\":7162.00", "\"baseCeiling\":35811.00",
				"\"employeeFixed\":3.00", "\"employeeRate\":0.08", "\"minimumWage\":2540.00",
				"\"averageMonthlyWage\":11937.00");
	}

	@Test
	void theListHoldsTheFourBuiltInRegionsByCode() {
		JsonNode regions = admin.get("/api/v1/payroll/regions").json();

		assertThat(regions.valueStream().map(r -> r.get("code").asString())).contains("BJ", "SH", "SZ", "TY");
	}

	@Test
	void aSavedVersionAppliesFromItsFirstDayAndTheBuiltInOneBefore() {
		ApiClient.Response saved = admin.put("/api/v1/payroll/regions/BJ", version("北京（公司版）", "2090-01-01"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		assertThat(name("BJ", "2089-12-31")).isEqualTo("北京");
		assertThat(name("BJ", "2090-01-01")).isEqualTo("北京（公司版）");
		assertThat(admin.get("/api/v1/payroll/regions/BJ?on=2090-06-01").json().get("items").get(0).get("baseFloor")
			.decimalValue()).isEqualByComparingTo("7500");
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event
				where entity_type = 'PayrollRegion' and entity_id = 'BJ@2090-01-01' and tenant_id = ?""", Long.class,
				DemoData.DEMO)).isPositive();
	}

	@Test
	void savingTheSameDayAgainReplacesThatVersionAndKeepsTheOthers() {
		String code = code();
		assertThat(admin.put("/api/v1/payroll/regions/" + code, version("第一版", "2026-01-01")).status()).isEqualTo(200);
		assertThat(admin.put("/api/v1/payroll/regions/" + code, version("第二版", "2027-01-01")).status()).isEqualTo(200);
		assertThat(admin.put("/api/v1/payroll/regions/" + code, version("第二版（更正）", "2027-01-01")).status())
			.isEqualTo(200);

		assertThat(name(code, "2026-06-01")).isEqualTo("第一版");
		assertThat(name(code, "2027-06-01")).isEqualTo("第二版（更正）");
		assertThat(versions(code)).isEqualTo(2);
	}

	@Test
	void anInvalidVersionIsRefusedFieldByFieldInEnglishAndNothingIsSaved() {
		String code = code();
		Map<String, Object> body = version("Bad", "2026-01-01");
		itemOf(body, 0).put("employeeRate", 1.5);
		itemOf(body, 1).put("baseFloor", 40000);
		itemOf(body, 2).put("kind", "PENSION");

		JsonNode problem = assertProblem(admin.put("/api/v1/payroll/regions/" + code, body), 400);

		assertThat(errorFields(problem)).containsExactlyInAnyOrder("items[0].employeeRate", "items[1].baseCeiling",
				"items[2].kind");
		assertThat(errorMessage(problem, "items[0].employeeRate")).contains("rate from 0 to 1");
		assertThat(versions(code)).isZero();
		assertProblem(admin.get("/api/v1/payroll/regions/" + code), 404);
	}

	@Test
	void anInvalidVersionIsRefusedInChinese() {
		Map<String, Object> body = version("", null);
		itemOf(body, 0).put("employerRate", 0.12345);

		JsonNode problem = assertProblem(admin.inLanguage("zh-CN").put("/api/v1/payroll/regions/bad-code", body), 400);

		assertThat(errorFields(problem)).containsExactlyInAnyOrder("code", "name", "effectiveFrom",
				"items[0].employerRate");
		assertThat(errorMessage(problem, "items[0].employerRate")).contains("比例");
		assertThat(errorMessage(problem, "code")).contains("大写字母");
	}

	@Test
	void anUnknownKindOrRoundingIsNamedByItsField() {
		Map<String, Object> body = version("Bad", "2026-01-01");
		itemOf(body, 2).put("kind", "HOUSING");

		JsonNode problem = assertProblem(admin.put("/api/v1/payroll/regions/" + code(), body), 400);
		assertThat(errorFields(problem)).containsExactly("items[2].kind");

		itemOf(body, 2).put("kind", "HOUSING_FUND");
		itemOf(body, 1).put("rounding", "BANKERS");
		assertThat(errorFields(assertProblem(admin.put("/api/v1/payroll/regions/" + code(), body), 400)))
			.containsExactly("items[1].rounding");
	}

	@Test
	void theCodeOfTheBodyMustBeTheAddresses() {
		Map<String, Object> body = version("上海", "2026-01-01");
		body.put("code", "SH");

		JsonNode problem = assertProblem(admin.put("/api/v1/payroll/regions/BJ", body), 400);

		assertThat(errorFields(problem)).containsExactly("code");
	}

	private String name(String code, String on) {
		ApiClient.Response region = admin.get("/api/v1/payroll/regions/" + code + "?on=" + on);
		assertThat(region.status()).as(region.body()).isEqualTo(200);
		return region.json().get("name").asString();
	}

	private long versions(String code) {
		return jdbc.queryForObject("select count(*) from payroll.region_version where code = ?", Long.class, code);
	}

	private static String code() {
		return TestUsers.unique("T").replace('-', '_').toUpperCase();
	}
}
