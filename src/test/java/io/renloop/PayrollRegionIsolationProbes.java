package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.payroll.RegionFixtures;
import io.renloop.support.ApiClient;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payroll regions' isolation probes for {@link TenantIsolationTests}: acme's HR may not read regions at all, acme's
 * administrator reads the built-in figures and its own versions, never demo's, and its saves land in acme.
 */
final class PayrollRegionIsolationProbes {

	/** A region only demo has. */
	static final String DEMO_REGION = "ISO_DEMO_REGION";

	/** The name of demo's versions, in no answer to acme. */
	static final String DEMO_NAME = "示例专属地区";

	/** The day demo's own Beijing version starts. */
	static final String DEMO_BEIJING_FROM = "2095-01-01";

	private final JdbcTemplate jdbc;

	PayrollRegionIsolationProbes(JdbcTemplate jdbc, ApiClient demoAdmin) {
		this.jdbc = jdbc;
		assertThat(demoAdmin.put("/api/v1/payroll/regions/" + DEMO_REGION, RegionFixtures.version(DEMO_NAME,
				"2025-01-01")).status()).isEqualTo(200);
		assertThat(demoAdmin.put("/api/v1/payroll/regions/BJ", RegionFixtures.version(DEMO_NAME, DEMO_BEIJING_FROM))
			.status()).isEqualTo(200);
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(
				entry("GET /api/v1/payroll/regions", new Probe("acmeListsNoDemoRegionVersion", acme -> {
					ApiClient.Response regions = acme.get("/api/v1/payroll/regions?on=" + DEMO_BEIJING_FROM);
					assertForbiddenOrWithoutDemoVersions(regions);
				})),
				entry("GET /api/v1/payroll/regions/{code}", new Probe("acmeReadsTheBuiltInBeijingNotDemos", acme -> {
					assertThat(acme.get("/api/v1/payroll/regions/" + DEMO_REGION).status()).isIn(403, 404);
					ApiClient.Response beijing = acme.get("/api/v1/payroll/regions/BJ?on=" + DEMO_BEIJING_FROM);
					assertForbiddenOrWithoutDemoVersions(beijing);
					if (beijing.status() == 200) {
						assertThat(beijing.json().get("name").asString()).isEqualTo("北京");
					}
				})),
				entry("PUT /api/v1/payroll/regions/{code}", new Probe("acmeRegionVersionLandsInAcme", acme -> {
					assertThat(acme.put("/api/v1/payroll/regions/" + DEMO_REGION, RegionFixtures.version("被改",
							"2025-01-01")).status()).isIn(200, 403);
					assertThat(jdbc.queryForObject("""
							select name from payroll.region_version where tenant_id = ? and code = ?""", String.class,
							DEMO, DEMO_REGION)).isEqualTo(DEMO_NAME);
				})));
	}

	private static void assertForbiddenOrWithoutDemoVersions(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isIn(200, 403);
		assertThat(response.body()).doesNotContain(DEMO_NAME, DEMO_REGION);
	}
}
