package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * HR imports a later year's holiday notice (a bad file changes nothing and names its problem), edits a day
 * (audited), adds a calendar for a site and assigns it to a department; the demo's underground teams work 三班倒.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarAdministrationTests {

	static final String NOTICE_2027 = """
			{"year": 2027, "days": [
			  {"name": "春节", "date": "2027-02-05", "isOffDay": true},
			  {"name": "春节", "date": "2027-02-06", "isOffDay": true},
			  {"name": "春节", "date": "2027-02-07", "isOffDay": true},
			  {"name": "春节", "date": "2027-02-08", "isOffDay": true},
			  {"name": "春节", "date": "2027-02-09", "isOffDay": true},
			  {"name": "春节", "date": "2027-02-10", "isOffDay": true},
			  {"name": "春节", "date": "2027-02-11", "isOffDay": true},
			  {"name": "春节", "date": "2027-02-12", "isOffDay": true},
			  {"name": "春节", "date": "2027-02-20", "isOffDay": false}
			]}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	DemoData data;

	@BeforeAll
	void signIn() {
		hr = ApiClient.as(port, "hr@demo.example");
		data = new DemoData(jdbc);
	}

	@Test
	void aBadFileIsRefusedNamingTheProblemAndNothingIsSaved() {
		String calendar = createCalendar();
		long before = days(calendar);
		String duplicate = NOTICE_2027.replace("2027-02-20\", \"isOffDay\": false",
				"2027-02-05\", \"isOffDay\": false");
		JsonNode problem = assertProblem(hr.postFile("/api/v1/attendance/calendars/" + calendar + "/imports", "file",
				"2027.json", duplicate.getBytes(StandardCharsets.UTF_8)), 400);
		assertThat(errorFields(problem)).containsExactly("days[8].date");
		assertThat(errorFields(assertProblem(hr.postFile("/api/v1/attendance/calendars/" + calendar + "/imports", "file",
				"2027.json", "not json".getBytes(StandardCharsets.UTF_8)), 400))).containsExactly("file");
		assertThat(errorFields(assertProblem(hr.postFile("/api/v1/attendance/calendars/" + calendar + "/imports", "file",
				"2027.json", NOTICE_2027.replace("\"2027-02-11\"", "\"2027-02-31\"").getBytes(StandardCharsets.UTF_8)),
				400))).containsExactly("days[6].date");
		assertThat(errorFields(assertProblem(hr.inLanguage("zh-CN").postFile("/api/v1/attendance/calendars/" + calendar
				+ "/imports", "file", "2040.json", NOTICE_2027.replace("\"year\": 2027", "\"year\": 2040")
					.getBytes(StandardCharsets.UTF_8)), 400))).containsExactly("year");
		assertThat(days(calendar)).isEqualTo(before);
	}

	@Test
	void aLaterYearIsImportedWithItsStatutoryHolidaysFromTheLaw() {
		String calendar = createCalendar();
		ApiClient.Response imported = hr.postFile("/api/v1/attendance/calendars/" + calendar + "/imports", "file",
				"2027.json", NOTICE_2027.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().get("year").asInt()).isEqualTo(2027);
		assertThat(imported.json().get("statutoryHolidays").asInt()).isEqualTo(13);
		assertThat(imported.json().get("makeupWorkdays").asInt()).isEqualTo(1);
		JsonNode days = hr.get("/api/v1/attendance/calendars/" + calendar + "/days?from=2027-02-05&to=2027-02-09")
			.json();
		assertThat(types(days)).containsExactly("STATUTORY_HOLIDAY", "STATUTORY_HOLIDAY", "STATUTORY_HOLIDAY",
				"STATUTORY_HOLIDAY", "REST_DAY");
	}

	@Test
	void hrEditsADayAndTheChangeIsAudited() {
		String calendar = createCalendar();
		ApiClient.Response changed = hr.put("/api/v1/attendance/calendars/" + calendar + "/days/2026-07-01",
				Map.of("type", "REST_DAY", "name", "建矿纪念日"));
		assertThat(changed.status()).isEqualTo(200);
		JsonNode day = hr.get("/api/v1/attendance/calendars/" + calendar + "/days?from=2026-07-01&to=2026-07-01")
			.json()
			.get(0);
		assertThat(day.get("type").asString()).isEqualTo("REST_DAY");
		assertThat(day.get("name").asString()).isEqualTo("建矿纪念日");
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where tenant_id = ? "
				+ "and entity_id = ? and action = 'UPDATE_DAY'", Long.class, DEMO, calendar)).isEqualTo(1);
		assertProblem(ApiClient.as(port, "manager@demo.example")
			.put("/api/v1/attendance/calendars/" + calendar + "/days/2026-07-02", Map.of("type", "REST_DAY")), 403);
	}

	@Test
	void anEmployeeWorksByTheCalendarAssignedNearestUpTheTree() {
		String calendar = createCalendar();
		hr.put("/api/v1/attendance/calendars/" + calendar + "/days/2026-07-01", Map.of("type", "REST_DAY"));
		UUID finance = data.departmentId(DEMO, "FIN");
		UUID accountant = data.someEmployeeIn(DEMO, "FIN");
		String schedule = "/api/v1/attendance/schedule?employeeId=" + accountant + "&from=2026-07-01&to=2026-07-01";
		assertThat(hr.get(schedule).json().get(0).get("shift").get("code").asString()).isEqualTo("STD");
		assertThat(hr.put("/api/v1/attendance/calendar-assignments/" + finance, Map.of("calendarId", calendar))
			.status()).isEqualTo(200);
		JsonNode day = hr.get(schedule).json().get(0);
		assertThat(day.get("dayType").asString()).isEqualTo("REST_DAY");
		assertThat(day.get("shift").isNull()).isTrue();
		java.util.HashMap<String, Object> none = new java.util.HashMap<>();
		none.put("calendarId", null);
		assertThat(hr.put("/api/v1/attendance/calendar-assignments/" + finance, none).status()).isEqualTo(200);
		assertThat(hr.get(schedule).json().get(0).get("dayType").asString()).isEqualTo("WORKDAY");
	}

	@Test
	void theUndergroundTeamsWorkThreeShiftsRoundTheClock() {
		UUID miner = data.someEmployeeIn(DEMO, "COAL-1");
		JsonNode days = hr.get("/api/v1/attendance/schedule?employeeId=" + miner + "&from=2026-02-01&to=2026-02-08")
			.json();
		List<String> codes = new java.util.ArrayList<>();
		days.forEach(d -> codes.add(d.get("shift").isNull() ? "-" : d.get("shift").get("code").asString()));
		assertThat(codes).containsExactlyInAnyOrder("EARLY", "EARLY", "MIDDLE", "MIDDLE", "NIGHT", "NIGHT", "-", "-");
		JsonNode night = days.valueStream().filter(d -> !d.get("shift").isNull()
				&& d.get("shift").get("code").asString().equals("NIGHT")).findFirst().orElseThrow();
		assertThat(night.get("shift").get("start").asString()).isEqualTo("22:00");
		assertThat(night.get("shift").get("end").asString()).isEqualTo("06:00");
	}

	private String createCalendar() {
		ApiClient.Response created = hr.post("/api/v1/attendance/calendars", Map.of("code",
				"SITE-" + UUID.randomUUID().toString().substring(0, 8), "nameZh", "矿区日历", "nameEn", "Mine site"));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private long days(String calendar) {
		return jdbc.queryForObject("select count(*) from attendance.calendar_day where calendar_id = ?::uuid",
				Long.class, calendar);
	}

	private static List<String> types(JsonNode days) {
		List<String> types = new java.util.ArrayList<>();
		days.forEach(d -> types.add(d.get("type").asString()));
		return types;
	}
}
