package io.renloop.attendance.internal;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * The employee's termination (effective on the last day) ends the schedule: the own rotation ends at the last day,
 * days planned by hand after it go, no shift is planned after it (whatever the team's rotation), and a pending swap
 * with the leaver for a later day is cancelled (and no new one is taken). The same termination delivered again
 * changes nothing. A rehire (ADR 0035) resumes the schedule once: the team's shifts are planned again, and neither
 * the rehire nor the old termination delivered again changes that.
 */
@RenloopIntegrationTest
@EnableScenarios
class SchedulesEndAtTheLastDayTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noShiftIsPlannedAfterTheLastDay(Scenario scenario) {
		DemoData data = new DemoData(jdbc);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID team = data.departmentId(DEMO, "COAL-2");
		UUID leaver = hire(hr, team);
		LocalDate lastDay = today().plusDays(3);
		assertThat(hr.post("/api/v1/attendance/rotation-assignments", Map.of("rotationCode", "SAN_BAN_DAO",
				"employeeId", leaver, "effectiveFrom", today().toString())).status()).isEqualTo(201);
		UUID colleague = data.employeeOfUser("employee@demo.example");
		LocalDate swapDay = lastDay.plusDays(5);
		String theirs = shift(hr, colleague, swapDay);
		plan(hr, leaver, swapDay, theirs == null ? "STD" : null);
		ApiClient.Response swap = hr.post("/api/v1/attendance/shift-swaps", Map.of("employeeId", colleague,
				"partnerId", leaver, "date", swapDay.toString(), "reason", "换班"));
		assertThat(swap.status()).as(swap.body()).isEqualTo(201);
		UUID swapId = UUID.fromString(swap.json().get("id").asString());

		scenario.stimulate(() -> terminate(hr, leaver, lastDay))
			.andWaitForStateChange(() -> swapStatus(swapId), "CANCELLED"::equals)
			.andVerify(status -> assertThat(status).isEqualTo("CANCELLED"));

		JsonNode days = hr.get("/api/v1/attendance/schedule?employeeId=" + leaver + "&from=" + lastDay.plusDays(1)
				+ "&to=" + lastDay.plusDays(40)).json();
		assertThat(days.valueStream().filter(day -> !day.get("shift").isNull()).toList()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from attendance.schedule_entry where employee_id = ? and day > ?",
				Long.class, leaver, lastDay)).isZero();
		assertThat(jdbc.queryForObject("select effective_to from attendance.rotation_assignment where employee_id = ?",
				LocalDate.class, leaver)).isEqualTo(lastDay);
		assertThat(assertProblem(hr.inLanguage("zh-CN").post("/api/v1/attendance/shift-swaps", Map.of("employeeId",
				colleague, "partnerId", leaver, "date", swapDay.toString())), 409).get("detail").asString())
			.as("no new swap with the leaver after the last day")
			.contains("劳动关系");
	}

	@Test
	void theSameTerminationDeliveredTwiceChangesNothing(Scenario scenario) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID leaver = hire(hr, new DemoData(jdbc).departmentId(DEMO, "COAL-2"));
		LocalDate lastDay = today().plusDays(3);
		scenario.stimulate(() -> terminate(hr, leaver, lastDay))
			.andWaitForStateChange(() -> ended(leaver), count -> count == 1)
			.andVerify(count -> assertThat(count).isEqualTo(1));
		long audited = audits(leaver);

		scenario.publish(new EmployeeLifecycleChanged(DEMO, leaver, LifecycleChange.TERMINATION, lastDay.plusDays(9),
				null, null))
			.andWaitForStateChange(() -> completed(leaver), done -> done)
			.andVerify(done -> assertThat(ended(leaver)).isEqualTo(1));
		assertThat(jdbc.queryForObject("select last_day from attendance.employment_end where employee_id = ?",
				LocalDate.class, leaver)).isEqualTo(lastDay);
		assertThat(audits(leaver)).isEqualTo(audited);
	}

	@Test
	void aRehirePlansShiftsAgainOnceWhateverIsDeliveredAgain(Scenario scenario) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID team = new DemoData(jdbc).departmentId(DEMO, "COAL-2");
		UUID leaver = hire(hr, team);
		LocalDate lastDay = today().minusDays(1);
		LocalDate rehiredOn = today().plusDays(7);
		scenario.stimulate(() -> terminate(hr, leaver, lastDay))
			.andWaitForStateChange(() -> completed(leaver), done -> done)
			.andVerify(done -> assertThat(shiftsFrom(hr, leaver, rehiredOn)).as("no shift after the last day")
				.isZero());

		scenario.publish(new EmployeeLifecycleChanged(DEMO, leaver, LifecycleChange.REHIRE, rehiredOn, team, null))
			.andWaitForStateChange(() -> rehiredOn(leaver), Objects::nonNull)
			.andVerify(resumed -> assertThat(resumed).isEqualTo(rehiredOn));
		assertThat(shiftsFrom(hr, leaver, rehiredOn)).as("the team's shifts again").isPositive();
		awaitDeliveries(leaver);
		long audited = scheduleAudits(leaver);

		for (LifecycleChange change : List.of(LifecycleChange.REHIRE, LifecycleChange.TERMINATION)) {
			LocalDate effective = change == LifecycleChange.REHIRE ? rehiredOn : lastDay;
			scenario.publish(new EmployeeLifecycleChanged(DEMO, leaver, change, effective, team, null))
				.andWaitForStateChange(() -> completed(leaver), done -> done)
				.andVerify(done -> assertThat(rehiredOn(leaver)).isEqualTo(rehiredOn));
		}
		assertThat(scheduleAudits(leaver)).as("nothing changed on the redeliveries").isEqualTo(audited);
		assertThat(shiftsFrom(hr, leaver, rehiredOn)).isPositive();
	}

	private UUID hire(ApiClient hr, UUID department) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeNo", TestUsers.unique("SE"));
		body.put("name", "离职排班");
		body.put("departmentId", department);
		body.put("hireDate", "2022-03-01");
		ApiClient.Response created = hr.post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private void plan(ApiClient hr, UUID employee, LocalDate day, String shiftCode) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeIds", new ArrayList<>(List.of(employee)));
		body.put("from", day.toString());
		body.put("to", day.toString());
		body.put("shiftCode", shiftCode);
		ApiClient.Response planned = hr.post("/api/v1/attendance/schedule/bulk", body);
		assertThat(planned.status()).as(planned.body()).isBetween(200, 204);
	}

	private static String shift(ApiClient hr, UUID employee, LocalDate day) {
		JsonNode found = hr.get("/api/v1/attendance/schedule?employeeId=" + employee + "&from=" + day + "&to=" + day)
			.json()
			.get(0);
		return found.get("shift").isNull() ? null : found.get("shift").get("code").asString();
	}

	private static void terminate(ApiClient hr, UUID employee, LocalDate lastDay) {
		ApiClient.Response terminated = hr.post("/api/v1/employees/" + employee + "/lifecycle", Map.of("type",
				"TERMINATION", "effectiveDate", lastDay.toString()));
		assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
	}

	private String swapStatus(UUID swap) {
		return jdbc.queryForObject("select status from attendance.shift_swap where id = ?", String.class, swap);
	}

	private long ended(UUID employee) {
		return jdbc.queryForObject("select count(*) from attendance.employment_end where employee_id = ?", Long.class,
				employee);
	}

	/** Whether every delivery of an event about the employee to a listener has completed. */
	private boolean completed(UUID employee) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Long.class, "%" + employee + "%") == 0;
	}

	private void awaitDeliveries(UUID employee) {
		assertThat(Eventually.await(() -> completed(employee) ? Boolean.TRUE : null)).isTrue();
	}

	/** The days with a shift in the three weeks from the day. */
	private static long shiftsFrom(ApiClient hr, UUID employee, LocalDate from) {
		JsonNode days = hr.get("/api/v1/attendance/schedule?employeeId=" + employee + "&from=" + from + "&to="
				+ from.plusDays(20)).json();
		return days.valueStream().filter(day -> !day.get("shift").isNull()).count();
	}

	private LocalDate rehiredOn(UUID employee) {
		return jdbc.queryForObject("select rehired_on from attendance.employment_end where employee_id = ?",
				LocalDate.class, employee);
	}

	private long scheduleAudits(UUID employee) {
		return jdbc.queryForObject("select count(*) from platform.audit_event where entity_id = ? "
				+ "and entity_type = 'Schedule'", Long.class, employee.toString());
	}

	private long audits(UUID employee) {
		return jdbc.queryForObject("select count(*) from platform.audit_event where entity_id = ?", Long.class,
				employee.toString());
	}

	private LocalDate today() {
		return jdbc.queryForObject("select (now() at time zone t.time_zone)::date from platform.tenant t "
				+ "where t.id = 'demo'", LocalDate.class);
	}
}
