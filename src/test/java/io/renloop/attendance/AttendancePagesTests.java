package io.renloop.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar's month shows each date's type in both languages; a manager's team page shows the rotation's shift
 * codes; the shifts page marks night shifts; the pages need the attendance permission.
 */
@RenloopIntegrationTest
class AttendancePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void theCalendarMonthShowsTheSpringFestivalInBothLanguages() {
		BrowserSession hr = signedIn(freshUser(Role.HR_ADMIN));
		assertThat(hr.get("/attendance/calendar?month=2026-02&lang=en").body()).contains("Statutory holiday",
				"Make-up workday");
		BrowserSession.Page zh = hr.get("/attendance/calendar?month=2026-02&lang=zh-CN");
		assertThat(zh.status()).isEqualTo(200);
		assertThat(zh.body()).contains("data-date=\"2026-02-16\" data-type=\"STATUTORY_HOLIDAY\"",
				"data-date=\"2026-02-14\" data-type=\"MAKEUP_WORKDAY\"", "data-date=\"2026-02-20\" data-type=\"REST_DAY\"",
				"法定节假日", "调休上班");
	}

	@Test
	void aManagerSeesTheTeamsThreeShiftRotation() {
		String team = new DemoData(jdbc).departmentId(io.renloop.support.DemoData.DEMO, "COAL-1").toString();
		BrowserSession.Page page = signedIn("manager@demo.example")
			.get("/attendance/team-schedule?departmentId=" + team + "&month=2026-03");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("EARLY", "MIDDLE", "NIGHT");
	}

	@Test
	void theShiftsPageMarksNightShifts() {
		BrowserSession.Page page = signedIn("employee@demo.example").get("/attendance/shifts?lang=zh-CN");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("标准班", "夜班", "次日结束", "三班倒");
	}

	@Test
	void peopleWithoutAttendanceCannotOpenThePages() {
		assertThat(signedIn("recruiter@demo.example").get("/attendance/calendar").status()).isEqualTo(403);
	}

	/**
	 * A login of its own: a page asked for with {@code ?lang=} stores that language for the user, which would change
	 * the language other tests see for the shared demo logins.
	 */
	private String freshUser(Role role) {
		return TestUsers.createUser(administration, DemoData.DEMO, role);
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}
}
