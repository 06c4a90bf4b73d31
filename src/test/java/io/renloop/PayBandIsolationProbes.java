package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pay band endpoints' probes for {@link TenantIsolationTests}: acme neither lists demo's bands nor saves one for
 * a demo position (its HR login has no payroll permission: 403 is isolation too).
 */
final class PayBandIsolationProbes {

	private static final String BANDS = "/api/v1/payroll/pay-bands";

	/** A midpoint no demo band has, saved on a day of its own. */
	private static final BigDecimal DEMO_MIDPOINT = new BigDecimal("31415.92");

	private final JdbcTemplate jdbc;

	private final UUID demoPosition;

	PayBandIsolationProbes(JdbcTemplate jdbc, ApiClient demoAdmin, UUID demoPosition) {
		this.jdbc = jdbc;
		this.demoPosition = demoPosition;
		ApiClient.Response saved = demoAdmin.put(BANDS + "/" + demoPosition, Map.of("effectiveFrom", "2098-01-01",
				"minimum", 30000, "midpoint", DEMO_MIDPOINT, "maximum", 40000));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(
				entry("GET /api/v1/payroll/pay-bands", new Probe("acmeListsNoDemoPayBand", acme -> {
					ApiClient.Response bands = acme.get(BANDS);
					assertThat(bands.status()).as(bands.body()).isIn(200, 403);
					assertThat(bands.body()).doesNotContain(demoPosition.toString(), "31415.92");
				})),
				entry("PUT /api/v1/payroll/pay-bands/{positionId}", new Probe("acmeCannotSaveABandOfADemoPosition",
						acme -> {
							ApiClient.Response saved = acme.put(BANDS + "/" + demoPosition, Map.of("effectiveFrom",
									"2098-01-01", "minimum", 1, "midpoint", 2, "maximum", 3));
							assertThat(saved.status()).as(saved.body()).isIn(403, 404);
							assertThat(jdbc.queryForList("select midpoint from payroll.pay_band where position_id = ? "
									+ "and effective_from = date '2098-01-01'", BigDecimal.class, demoPosition))
								.containsExactly(DEMO_MIDPOINT);
							assertThat(jdbc.queryForList("select distinct tenant_id from payroll.pay_band where "
									+ "position_id = ?", String.class, demoPosition)).containsExactly(DEMO);
						})));
	}
}
