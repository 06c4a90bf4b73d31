package io.renloop;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payroll endpoints' isolation probes for {@link TenantIsolationTests}: acme neither sees nor changes demo's
 * salary items, and what acme saves stays acme's. Acme's HR login has no payroll permission (403 is isolation too).
 */
final class PayrollIsolationProbes {

	/** A salary item only demo has, and the text of its formula. */
	static final String DEMO_ITEM = "ISO_DEMO_HARDSHIP";

	static final String DEMO_FORMULA = "base * 0.0731";

	private final JdbcTemplate jdbc;

	PayrollIsolationProbes(JdbcTemplate jdbc, ApiClient demoAdmin) {
		this.jdbc = jdbc;
		assertThat(demoAdmin.put("/api/v1/payroll/items/" + DEMO_ITEM, Map.of("nameZh", "示例井下津贴", "nameEn",
				"Demo hardship allowance", "kind", "INFO", "taxable", false, "formula", DEMO_FORMULA, "effectiveFrom",
				"2026-01-01", "seq", 10)).status()).isEqualTo(200);
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(
				entry("GET /api/v1/payroll/items", new Probe("acmeListsOnlyItsOwnSalaryItems", acme -> {
					ApiClient.Response items = acme.get("/api/v1/payroll/items?date=2026-06-01");
					if (allowed(items)) {
						assertThat(items.body()).doesNotContain(DEMO_ITEM, "示例井下津贴", DEMO_FORMULA);
					}
				})),
				entry("GET /api/v1/payroll/items/{code}/versions", new Probe("acmeCannotReadDemoItemVersions", acme -> {
					ApiClient.Response versions = acme.get("/api/v1/payroll/items/" + DEMO_ITEM + "/versions");
					assertThat(versions.status()).isIn(403, 404);
					assertThat(versions.body()).doesNotContain(DEMO_FORMULA);
				})),
				entry("PUT /api/v1/payroll/items/{code}", new Probe("acmeSalaryItemLandsInAcme", acme -> {
					ApiClient.Response saved = acme.put("/api/v1/payroll/items/" + DEMO_ITEM, Map.of("nameZh", "被改",
							"nameEn", "Hacked", "kind", "INFO", "taxable", false, "formula", "base * 0",
							"effectiveFrom", "2026-01-01", "seq", 1));
					if (allowed(saved)) {
						assertThat(saved.json().get("version").asInt()).isEqualTo(versions(ACME));
					}
					assertThat(jdbc.queryForList("select distinct formula from payroll.salary_item where tenant_id = ? "
							+ "and code = ?", String.class, DEMO, DEMO_ITEM)).containsExactly(DEMO_FORMULA);
				})),
				entry("POST /api/v1/payroll/items/preview", new Probe("acmePreviewLabelsNoDemoItem", acme -> {
					ApiClient.Response preview = acme.inLanguage("zh-CN").post("/api/v1/payroll/items/preview",
							Map.of("formula", DEMO_ITEM + " * 2", "variables", Map.of(DEMO_ITEM, 1)));
					if (allowed(preview)) {
						assertThat(preview.body()).doesNotContain("示例井下津贴");
					}
				})));
	}

	private static boolean allowed(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isIn(200, 403);
		return response.status() == 200;
	}

	private int versions(String tenantId) {
		return jdbc.queryForObject("select count(*) from payroll.salary_item where tenant_id = ? and code = ?",
				Integer.class, tenantId, DEMO_ITEM);
	}
}
