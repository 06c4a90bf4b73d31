package io.renloop.leave;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.TestUsers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Employees of their own for leave tests, so that demo requests never get in the way. */
public final class LeaveFixtures {

	private LeaveFixtures() {
	}

	/**
	 * A fitter of 机电队 (office hours: the calendar's working days) hired 2020-01-02 who started work 2010-03-01 (16
	 * years of work in 2026: 10 days of annual leave),
	 * manager@demo.example's report; HR creates them.
	 */
	public static UUID newMiner(int port, DemoData data) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeNo", TestUsers.unique("LV"));
		body.put("name", "请假测试");
		body.put("departmentId", data.departmentId(DEMO, "ELEC"));
		body.put("managerId", data.employeeOfUser("manager@demo.example"));
		body.put("hireDate", "2020-01-02");
		body.put("workStartDate", "2010-03-01");
		ApiClient.Response created = ApiClient.as(port, "hr@demo.example").post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	public static Map<String, Object> request(UUID employeeId, String type, String start, String end) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeId", employeeId);
		body.put("type", type);
		body.put("start", start);
		body.put("end", end);
		return body;
	}

	/** HR submits the request; its id. */
	public static UUID submit(ApiClient hr, Map<String, Object> body) {
		ApiClient.Response submitted = hr.post("/api/v1/leave/requests", body);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		return UUID.fromString(submitted.json().get("id").asString());
	}

	public static String status(JdbcTemplate jdbc, UUID request) {
		return jdbc.queryForObject("select status from leave.leave_request where id = ?", String.class, request);
	}

	/** HR ends the employment on the employee record, effective on the last day (as a leaving case does). */
	public static void terminate(ApiClient hr, UUID employee, LocalDate lastDay) {
		ApiClient.Response terminated = hr.post("/api/v1/employees/" + employee + "/lifecycle", Map.of("type",
				"TERMINATION", "effectiveDate", lastDay.toString(), "reason", "RESIGNATION"));
		assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
	}

	/** A Wednesday at least a week ahead in the demo tenant: requests a few days around it fall on working days. */
	public static LocalDate wednesdayAWeekAhead(JdbcTemplate jdbc) {
		return today(jdbc).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
	}

	/** The demo tenant's today (Asia/Shanghai). */
	public static LocalDate today(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select (now() at time zone t.time_zone)::date from platform.tenant t "
				+ "where t.id = 'demo'", LocalDate.class);
	}

	public static JsonNode balance(ApiClient client, UUID employeeId, String type) {
		for (JsonNode balance : client.get("/api/v1/leave/balances?employeeId=" + employeeId).json()) {
			if (balance.get("type").asString().equals(type)) {
				return balance;
			}
		}
		throw new AssertionError("no balance " + type);
	}
}
