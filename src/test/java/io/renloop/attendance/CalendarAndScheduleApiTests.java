package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The default calendar of a tenant carries China's holiday arrangement; an office employee without a rotation works
 * the standard day shift on its working days; schedules follow the viewer's data scope.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarAndScheduleApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	UUID officeEmployee;

	UUID minerOfTheManager;

	@BeforeAll
	void employees() {
		hr = ApiClient.as(port, "hr@demo.example");
		DemoData data = new DemoData(jdbc);
		officeEmployee = data.someEmployeeIn(DEMO, "ENG-MINE");
		minerOfTheManager = data.someEmployeeIn(DEMO, "COAL-2");
	}

	@Test
	void theDefaultCalendarShowsTheSpringFestivalOf2026() {
		ApiClient.Response response = hr.get("/api/v1/attendance/calendars/default/days?from=2026-02-14&to=2026-02-20");
		assertThat(response.status()).isEqualTo(200);
		List<String> types = new ArrayList<>();
		response.json().forEach(day -> types.add(day.get("date").asString() + " " + day.get("type").asString()));
		assertThat(types).containsExactly("2026-02-14 MAKEUP_WORKDAY", "2026-02-15 REST_DAY",
				"2026-02-16 STATUTORY_HOLIDAY", "2026-02-17 STATUTORY_HOLIDAY", "2026-02-18 STATUTORY_HOLIDAY",
				"2026-02-19 STATUTORY_HOLIDAY", "2026-02-20 REST_DAY");
		assertThat(response.json().get(2).get("name").asString()).isEqualTo("春节");
	}

	@Test
	void anEmployeeWithoutRotationWorksTheStandardShiftOnTheCalendarsWorkingDays() {
		JsonNode days = hr.get("/api/v1/attendance/schedule?employeeId=" + officeEmployee
				+ "&from=2026-02-13&to=2026-02-16").json();
		assertThat(days).hasSize(4);
		assertThat(days.get(0).get("dayType").asString()).isEqualTo("WORKDAY");
		assertThat(days.get(0).get("shift").get("code").asString()).isEqualTo("STD");
		assertThat(days.get(0).get("shift").get("start").asString()).isEqualTo("09:00");
		assertThat(days.get(0).get("shift").get("end").asString()).isEqualTo("18:00");
		assertThat(days.get(1).get("dayType").asString()).isEqualTo("MAKEUP_WORKDAY");
		assertThat(days.get(1).get("shift").get("code").asString()).isEqualTo("STD");
		assertThat(days.get(2).get("shift").isNull()).isTrue();
		assertThat(days.get(3).get("dayType").asString()).isEqualTo("STATUTORY_HOLIDAY");
		assertThat(days.get(3).get("shift").isNull()).isTrue();
	}

	@Test
	void employeesSeeTheirOwnScheduleOnly() {
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		ApiClient.Response own = employee.get("/api/v1/attendance/schedule?from=2026-03-01&to=2026-03-31");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json()).hasSize(31);
		assertProblem(employee.get("/api/v1/attendance/schedule?employeeId=" + officeEmployee
				+ "&from=2026-03-01&to=2026-03-31"), 404);
	}

	@Test
	void managersSeeTheirSubtreeOnly() {
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		assertThat(manager.get("/api/v1/attendance/schedule?employeeId=" + minerOfTheManager
				+ "&from=2026-03-01&to=2026-03-07").status()).isEqualTo(200);
		assertProblem(manager.get("/api/v1/attendance/schedule?employeeId=" + officeEmployee
				+ "&from=2026-03-01&to=2026-03-07"), 404);
	}

	@Test
	void aPeriodLongerThanAYearOrBackwardsIsRefused() {
		assertThat(errorFields(assertProblem(hr.get("/api/v1/attendance/calendars/default/days?from=2026-01-01"
				+ "&to=2027-06-30"), 400))).containsExactly("to");
		assertProblem(hr.get("/api/v1/attendance/schedule?employeeId=" + officeEmployee
				+ "&from=2026-03-02&to=2026-03-01"), 400);
		assertProblem(hr.get("/api/v1/attendance/calendars/default/days?from=yesterday&to=2026-03-01"), 400);
	}

	@Test
	void anUnknownCalendarIsNotFound() {
		assertProblem(hr.get("/api/v1/attendance/calendars/" + UUID.randomUUID() + "/days?from=2026-01-01"
				+ "&to=2026-01-31"), 404);
		assertProblem(hr.get("/api/v1/attendance/calendars/nosuch/days?from=2026-01-01&to=2026-01-31"), 404);
	}
}
