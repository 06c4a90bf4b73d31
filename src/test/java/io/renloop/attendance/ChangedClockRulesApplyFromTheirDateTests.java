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
 * HR of acme widens the grace for lateness from 5 to 15 minutes from a Tuesday on: an arrival ten minutes late that
 * day no longer counts as late, while the same arrival a week earlier still does; bad rules are refused naming
 * their fields; the change is audited.
 */
@RenloopIntegrationTest
class ChangedClockRulesApplyFromTheirDateTests {

	static final LocalDate BEFORE = LocalDate.of(2026, 10, 13);

	static final LocalDate FROM = LocalDate.of(2026, 10, 20);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantTime time;

	@AfterEach
	void backToTheDefaults() {
		jdbc.update("delete from attendance.clock_rule where tenant_id = ? and effective_from = ?", ACME, FROM);
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
		String device = "rules-" + UUID.randomUUID();
		List<Map<String, String>> events = List.of(event(device, number, BEFORE, "09:10", zone),
				event(device, number, BEFORE, "18:05", zone), event(device, number, FROM, "09:10", zone),
				event(device, number, FROM, "18:05", zone));
		assertThat(hr.post("/api/v1/attendance/clock-events", Map.of("events", events)).json().get("accepted").asInt())
			.isEqualTo(4);
		assertThat(late(hr, employee, BEFORE)).isEqualTo(10);
		assertThat(late(hr, employee, FROM)).isEqualTo(10);

		ApiClient.Response changed = hr.put("/api/v1/attendance/rules", Map.of("effectiveFrom", FROM.toString(),
				"graceMinutes", 15, "minOvertimeMinutes", 30, "overtimeRule", "APPROVED", "correctionMonthlyLimit", 3));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("inForce").get("graceMinutes").asInt()).isEqualTo(15);

		assertThat(late(hr, employee, FROM)).isZero();
		assertThat(late(hr, employee, BEFORE)).isEqualTo(10);
		JsonNode rules = hr.get("/api/v1/attendance/rules?on=" + BEFORE).json();
		assertThat(rules.get("inForce").get("graceMinutes").asInt()).isEqualTo(5);
		assertThat(rules.get("versions").toString()).contains(FROM.toString());
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'TimeClockRules' "
				+ "and entity_id = ?", Long.class, ACME + ":" + FROM)).isEqualTo(1);
	}

	@Test
	void badRulesAreRefusedNamingTheirFields() {
		ApiClient hr = ApiClient.as(port, "hr@acme.example");
		ApiClient.Response refused = hr.put("/api/v1/attendance/rules", Map.of("effectiveFrom", FROM.toString(),
				"graceMinutes", 15, "minOvertimeMinutes", 30, "overtimeRule", "SOMETIMES", "correctionMonthlyLimit", 3));
		assertThat(assertProblem(refused, 400).toString()).contains("overtimeRule");
		assertThat(assertProblem(hr.put("/api/v1/attendance/rules", Map.of("graceMinutes", 500, "minOvertimeMinutes",
				30, "overtimeRule", "APPROVED", "correctionMonthlyLimit", 3)), 400).toString()).contains("graceMinutes");
		assertThat(hr.get("/api/v1/attendance/rules?on=" + FROM).json().get("inForce").get("graceMinutes").asInt())
			.isEqualTo(5);
	}

	@Test
	void employeesReadTheRulesButCannotChangeThem() {
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		assertThat(employee.get("/api/v1/attendance/rules").status()).isEqualTo(200);
		assertProblem(employee.put("/api/v1/attendance/rules", Map.of("graceMinutes", 60, "minOvertimeMinutes", 30,
				"overtimeRule", "APPROVED", "correctionMonthlyLimit", 3)), 403);
	}

	private static Map<String, String> event(String device, String number, LocalDate day, String clock, ZoneId zone) {
		return Map.of("deviceId", device, "eventId", day + "T" + clock, "employeeNo", number, "at",
				day.atTime(LocalTime.parse(clock)).atZone(zone).toOffsetDateTime().toString());
	}

	private static int late(ApiClient hr, UUID employee, LocalDate day) {
		JsonNode days = hr.get("/api/v1/attendance/daily?employeeId=" + employee + "&from=" + day + "&to=" + day).json();
		assertThat(days.get(0).get("firstIn").isNull()).as(days.toString()).isFalse();
		return days.get(0).get("lateMinutes").asInt();
	}
}
