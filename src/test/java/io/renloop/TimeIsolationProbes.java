package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The isolation probes of {@link TenantIsolationTests} for the time requests lists, the clock rules, the leave
 * policy and the clock event file import: acme neither sees nor changes demo's swaps, rules, policy or events.
 */
final class TimeIsolationProbes {

	/** The reason of a shift swap only demo has. */
	static final String DEMO_SWAP_REASON = "ISO_DEMO_SWAP";

	private final JdbcTemplate jdbc;

	private final UUID demoSwap;

	TimeIsolationProbes(JdbcTemplate jdbc, UUID demoEmployee) {
		this.jdbc = jdbc;
		UUID partner = jdbc.queryForObject("select id from employee.employee where tenant_id = ? and id <> ? limit 1",
				UUID.class, DEMO, demoEmployee);
		this.demoSwap = UUID.randomUUID();
		jdbc.update("insert into attendance.shift_swap (id, tenant_id, requester_id, partner_id, day, reason, status, "
				+ "requested_by) values (?, ?, ?, ?, date '2030-01-02', ?, 'PENDING', 'probe')", demoSwap, DEMO,
				demoEmployee, partner, DEMO_SWAP_REASON);
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(
				entry("GET /api/v1/attendance/shift-swaps", new Probe("acmeListsNoDemoShiftSwaps", acme -> {
					ApiClient.Response swaps = acme.get("/api/v1/attendance/shift-swaps");
					assertThat(swaps.status()).isEqualTo(200);
					assertThat(swaps.body()).doesNotContain(demoSwap.toString(), DEMO_SWAP_REASON);
				})));
	}
}
