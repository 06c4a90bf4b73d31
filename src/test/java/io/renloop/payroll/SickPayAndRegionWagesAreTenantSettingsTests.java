package io.renloop.payroll;

import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A tenant's sick pay by years of service (80 % for everyone until it sets its own, checked field by field, nothing
 * saved on a mistake) and a region's wage figures saved with its version: the minimum wage for the sick pay floor,
 * last year's average wage for the housing fund's tax-exempt limit. In a tenant of its own, so no other test's run
 * pays by these tiers.
 */
@RenloopIntegrationTest
class SickPayAndRegionWagesAreTenantSettingsTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Test
	void sickPayTiersStartAtEightyPercentAndAreReplacedAsAWhole() {
		ApiClient payroll = payrollOfANewTenant().inLanguage("zh-CN");
		JsonNode initial = payroll.get("/api/v1/payroll/sick-pay").json();
		assertThat(initial.get("tiers")).hasSize(1);
		assertThat(initial.get("tiers").get(0).get("share").decimalValue()).isEqualByComparingTo("0.80");

		ApiClient.Response refused = payroll.put("/api/v1/payroll/sick-pay", Map.of("tiers", List.of(
				Map.of("fromServiceYears", 2, "share", 0.7), Map.of("fromServiceYears", 2, "share", 1.5))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errorFields(refused.json())).contains("tiers[1].fromServiceYears", "tiers[1].share");
		assertThat(refused.body()).contains("工龄");
		assertThat(errorFields(payroll.put("/api/v1/payroll/sick-pay", Map.of("tiers", List.of(
				Map.of("fromServiceYears", 2, "share", 0.7)))).json())).containsExactly("tiers");
		assertThat(payroll.get("/api/v1/payroll/sick-pay").json()).isEqualTo(initial);

		ApiClient.Response saved = payroll.put("/api/v1/payroll/sick-pay", Map.of("tiers", List.of(
				Map.of("fromServiceYears", 8, "share", 1), Map.of("fromServiceYears", 0, "share", 0.6))));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode tiers = payroll.get("/api/v1/payroll/sick-pay").json().get("tiers");
		assertThat(tiers).hasSize(2);
		assertThat(tiers.get(0).get("fromServiceYears").asInt()).isZero();
		assertThat(tiers.get(1).get("share").decimalValue()).isEqualByComparingTo("1");
	}

	@Test
	void aRegionVersionCarriesItsMinimumAndAverageWage() {
		ApiClient payroll = payrollOfANewTenant();
		Map<String, Object> version = new HashMap<>(RegionFixtures.version("北京（自定）", "2026-01-01"));
		version.put("minimumWage", "2540.00");
		version.put("averageMonthlyWage", "12500");
		ApiClient.Response saved = payroll.put("/api/v1/payroll/regions/BJ", version);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		JsonNode read = payroll.get("/api/v1/payroll/regions/BJ?on=2026-02-01").json();
		assertThat(read.get("minimumWage").decimalValue()).isEqualByComparingTo("2540");
		assertThat(read.get("averageMonthlyWage").decimalValue()).isEqualByComparingTo("12500");

		version.put("minimumWage", "-1");
		version.put("averageMonthlyWage", "1.234");
		assertThat(errorFields(payroll.put("/api/v1/payroll/regions/BJ", version).json())).contains("minimumWage",
				"averageMonthlyWage");
	}

	private ApiClient payrollOfANewTenant() {
		String tenant = TestUsers.createTenant(administration, "sick");
		return ApiClient.as(port, TestUsers.createUser(administration, tenant, Role.PAYROLL));
	}
}
