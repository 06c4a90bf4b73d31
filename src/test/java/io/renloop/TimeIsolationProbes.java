package io.renloop;

import static io.renloop.support.DemoData.ACME;
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

	/** The date of a version of the clock rules only demo has (with the default values, so nothing changes). */
	static final String DEMO_RULES_DATE = "2001-01-01";

	/** The reason of a shift swap only demo has. */
	static final String DEMO_SWAP_REASON = "ISO_DEMO_SWAP";

	private final JdbcTemplate jdbc;

	private final UUID demoSwap;

	private final String demoEmployeeNo;

	TimeIsolationProbes(JdbcTemplate jdbc, UUID demoEmployee) {
		this.jdbc = jdbc;
		UUID partner = jdbc.queryForObject("select id from employee.employee where tenant_id = ? and id <> ? limit 1",
				UUID.class, DEMO, demoEmployee);
		this.demoSwap = UUID.randomUUID();
		jdbc.update("insert into attendance.shift_swap (id, tenant_id, requester_id, partner_id, day, reason, status, "
				+ "requested_by) values (?, ?, ?, ?, date '2030-01-02', ?, 'PENDING', 'probe')", demoSwap, DEMO,
				demoEmployee, partner, DEMO_SWAP_REASON);
		jdbc.update("insert into attendance.clock_rule (tenant_id, effective_from, grace_minutes, overtime_rule, "
				+ "min_overtime_minutes, correction_monthly_limit) values (?, date '" + DEMO_RULES_DATE + "', 5, "
				+ "'APPROVED', 30, 3) on conflict do nothing", DEMO);
		this.demoEmployeeNo = jdbc.queryForObject("select employee_no from employee.employee where id = ?",
				String.class, demoEmployee);
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(
				entry("GET /api/v1/attendance/shift-swaps", new Probe("acmeListsNoDemoShiftSwaps", acme -> {
					ApiClient.Response swaps = acme.get("/api/v1/attendance/shift-swaps");
					assertThat(swaps.status()).isEqualTo(200);
					assertThat(swaps.body()).doesNotContain(demoSwap.toString(), DEMO_SWAP_REASON);
				})),
				entry("GET /api/v1/attendance/rules", new Probe("acmeReadsNoDemoClockRules", acme -> {
					ApiClient.Response rules = acme.get("/api/v1/attendance/rules");
					assertThat(rules.status()).isEqualTo(200);
					assertThat(rules.body()).doesNotContain(DEMO_RULES_DATE);
				})),
				entry("PUT /api/v1/attendance/rules", new Probe("acmeClockRulesLandInAcme", acme -> {
					assertThat(acme.put("/api/v1/attendance/rules", Map.of("effectiveFrom", "2099-01-01", "graceMinutes", 9,
							"minOvertimeMinutes", 30, "overtimeRule", "APPROVED", "correctionMonthlyLimit", 3)).status())
						.isEqualTo(200);
					assertThat(jdbc.queryForObject("select count(*) from attendance.clock_rule where tenant_id = ? and "
							+ "effective_from = date '2099-01-01'", Long.class, DEMO)).isZero();
					jdbc.update("delete from attendance.clock_rule where tenant_id = ? and effective_from = date '2099-01-01'",
							ACME);
				})),
				entry("GET /api/v1/leave/policy", new Probe("acmeReadsItsOwnLeavePolicy", acme -> {
					ApiClient.Response policy = acme.get("/api/v1/leave/policy");
					assertThat(policy.status()).isEqualTo(200);
					assertThat(policy.json().get("province").asString()).isEqualTo("CN");
				})),
				entry("PUT /api/v1/leave/policy", new Probe("acmeLeavePolicyLandsInAcme", acme -> {
					String demoProvince = province(DEMO);
					// acme's own defaults again, without the HR threshold: acme's policy and chain stay as they were
					assertThat(acme.put("/api/v1/leave/policy", Map.of("province", "CN", "accrual", "YEARLY",
							"carryOverMaxDays", 5, "carryOverMonths", 3)).status()).isEqualTo(200);
					assertThat(province(DEMO)).isEqualTo(demoProvince);
					assertThat(province(ACME)).isEqualTo("CN");
				})),
				entry("POST /api/v1/attendance/clock-events/file", new Probe("acmeCannotImportPunchesOfDemoEmployees", acme -> {
					String device = "iso-" + UUID.randomUUID().toString().substring(0, 8);
					ApiClient.Response refused = acme.postFile("/api/v1/attendance/clock-events/file", "file", "export.csv",
							("工号,时间,设备\n" + demoEmployeeNo + ",2026-03-02 08:00," + device + "\n")
								.getBytes(java.nio.charset.StandardCharsets.UTF_8));
					assertThat(refused.status()).isEqualTo(422);
					assertThat(jdbc.queryForObject("select count(*) from attendance.clock_event where device_id = ?",
							Long.class, device)).isZero();
				})));
	}

	private String province(String tenant) {
		return jdbc.query("select province from leave.leave_policy where tenant_id = ?", (rs, n) -> rs.getString(1),
				tenant).stream().findFirst().orElse("CN");
	}
}
