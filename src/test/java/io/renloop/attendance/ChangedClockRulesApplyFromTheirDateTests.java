package io.renloop.attendance;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.TenantTime;
import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * HR of acme widens the grace for lateness from 5 to 15 minutes from a day on: an arrival ten minutes late that
 * day no longer counts as late, while the same arrival on an earlier day still does; bad rules are refused naming
 * their fields; the change is audited.
 */
@RenloopIntegrationTest
class ChangedClockRulesApplyFromTheirDateTests {

	/** The day the wider grace takes effect, once found; the version is removed after the test. */
	LocalDate from;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantTime time;

	@AfterEach
	void backToTheDefaults() {
		if (from != null) {
			jdbc.update("delete from attendance.clock_rule where tenant_id = ? and effective_from = ?", ACME, from);
		}
	}

	@Test
	void aWiderGraceExcusesTenMinutesFromItsDateOnly() {
		ApiClient hr = ApiClient.as(port, "hr@acme.example");
		// hired before the days, so that both are working days of the standard shift
		UUID employee = jdbc.queryForObject("select id from employee.employee where tenant_id = ? and status = 'ACTIVE' "
				+ "and hire_date < date '2026-01-01' order by random() limit 1", UUID.class, ACME);
		String number = jdbc.queryForObject("select employee_no from employee.employee where id = ?", String.class,
				employee);
		ZoneId zone = time.zone(ACME);
		// two working days of the employee a few days apart (acme's schedules may alternate days off)
		List<JsonNode> shifts = workingDays(hr, employee);
		JsonNode before = shifts.get(0);
		JsonNode after = shifts.get(shifts.size() - 1);
		LocalDate earlier = LocalDate.parse(before.get("date").asString());
		from = LocalDate.parse(after.get("date").asString());
		String device = "rules-" + UUID.randomUUID();
		List<Map<String, String>> events = List.of(event(device, number, before, 10, 0, zone),
				event(device, number, before, 0, 5, zone), event(device, number, after, 10, 0, zone),
				event(device, number, after, 0, 5, zone));
		assertThat(hr.post("/api/v1/attendance/clock-events", Map.of("events", events)).json().get("accepted").asInt())
			.isEqualTo(4);
		assertThat(late(hr, employee, earlier)).isEqualTo(10);
		assertThat(late(hr, employee, from)).isEqualTo(10);

		ApiClient.Response changed = hr.put("/api/v1/attendance/rules", Map.of("effectiveFrom", from.toString(),
				"graceMinutes", 15, "minOvertimeMinutes", 30, "overtimeRule", "APPROVED", "correctionMonthlyLimit", 3));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("inForce").get("graceMinutes").asInt()).isEqualTo(15);

		assertThat(late(hr, employee, from)).isZero();
		assertThat(late(hr, employee, earlier)).isEqualTo(10);
		JsonNode rules = hr.get("/api/v1/attendance/rules?on=" + earlier).json();
		assertThat(rules.get("inForce").get("graceMinutes").asInt()).isEqualTo(5);
		assertThat(rules.get("versions").toString()).contains(from.toString());
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'TimeClockRules' "
				+ "and entity_id = ?", Long.class, ACME + ":" + from)).isEqualTo(1);
	}

	@Test
	void badRulesAreRefusedNamingTheirFields() {
		ApiClient hr = ApiClient.as(port, "hr@acme.example");
		ApiClient.Response refused = hr.put("/api/v1/attendance/rules", Map.of("effectiveFrom", "2026-10-20",
				"graceMinutes", 15, "minOvertimeMinutes", 30, "overtimeRule", "SOMETIMES", "correctionMonthlyLimit", 3));
		assertThat(assertProblem(refused, 400).toString()).contains("overtimeRule");
		assertThat(assertProblem(hr.put("/api/v1/attendance/rules", Map.of("graceMinutes", 500, "minOvertimeMinutes",
				30, "overtimeRule", "APPROVED", "correctionMonthlyLimit", 3)), 400).toString()).contains("graceMinutes");
		assertThat(hr.get("/api/v1/attendance/rules?on=2026-10-20").json().get("inForce").get("graceMinutes").asInt())
			.isEqualTo(5);
	}

	@Test
	void employeesReadTheRulesButCannotChangeThem() {
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		assertThat(employee.get("/api/v1/attendance/rules").status()).isEqualTo(200);
		assertProblem(employee.put("/api/v1/attendance/rules", Map.of("graceMinutes", 60, "minOvertimeMinutes", 30,
				"overtimeRule", "APPROVED", "correctionMonthlyLimit", 3)), 403);
	}

	/** A punch minutes after the shift's start (or, with {@code afterEnd}, after its end) in the tenant's zone. */
	private static Map<String, String> event(String device, String number, JsonNode day, int afterStart, int afterEnd,
			ZoneId zone) {
		LocalDate date = LocalDate.parse(day.get("date").asString());
		LocalTime clock = afterEnd > 0 ? LocalTime.parse(day.get("shift").get("end").asString()).plusMinutes(afterEnd)
				: LocalTime.parse(day.get("shift").get("start").asString()).plusMinutes(afterStart);
		return Map.of("deviceId", device, "eventId", date + "T" + clock, "employeeNo", number, "at",
				date.atTime(clock).atZone(zone).toOffsetDateTime().toString());
	}

	/** The employee's days from 12 to 30 October 2026 with a day shift (not crossing midnight). */
	private static List<JsonNode> workingDays(ApiClient hr, UUID employee) {
		List<JsonNode> days = new java.util.ArrayList<>();
		for (JsonNode day : hr.get("/api/v1/attendance/schedule?employeeId=" + employee
				+ "&from=2026-10-12&to=2026-10-30").json()) {
			JsonNode shift = day.get("shift");
			if (shift != null && !shift.isNull() && LocalTime.parse(shift.get("end").asString())
				.isAfter(LocalTime.parse(shift.get("start").asString()))) {
				days.add(day);
			}
		}
		assertThat(days).as("working days").hasSizeGreaterThan(1);
		return days;
	}

	private static int late(ApiClient hr, UUID employee, LocalDate day) {
		JsonNode days = hr.get("/api/v1/attendance/daily?employeeId=" + employee + "&from=" + day + "&to=" + day).json();
		assertThat(days.get(0).get("firstIn").isNull()).as(days.toString()).isFalse();
		return days.get(0).get("lateMinutes").asInt();
	}
}
