package io.renloop.training;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The training pages: the desk with the demo catalogue and the year's figures, compliance of 井下采煤一队 with its
 * expiring and expired licences, a course's sign-in address for the trainer, a manager's one-tap enrolment, and the
 * employee's phone pages — my learning, a course, an exam taken and explained.
 */
@RenloopIntegrationTest
class TrainingPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}

	@Test
	void theDeskShowsTheCatalogueFiguresAndCompliance() {
		BrowserSession hr = signedIn("hr@demo.example");
		BrowserSession.Page desk = hr.get("/training");
		assertThat(desk.status()).isEqualTo(200);
		assertThat(desk.body()).contains("id=\"courses\"", "SAFE-101", "JAVA-201", "SALES-101", "id=\"training-figures\"",
				"id=\"paths\"", "id=\"exams\"");
		BrowserSession.Page compliance = hr.get("/training/compliance?departmentId="
				+ new DemoData(jdbc).departmentId(DEMO, "COAL-1"));
		assertThat(compliance.status()).isEqualTo(200);
		assertThat(compliance.body()).contains("id=\"compliance\"", "table-warning", "text-bg-danger");
		UUID classroom = jdbc.queryForObject("select id from training.course where tenant_id = 'demo' and code = 'SAFE-201'",
				UUID.class);
		ApiClient.as(port, "hr@demo.example").post("/api/v1/training/courses/" + classroom + "/sessions", Map.of(
				"startsAt", "2030-03-01T01:00:00Z", "location", "培训中心", "capacity", 20));
		assertThat(hr.get("/training/courses/" + classroom).body()).contains("/me/training/sign-in?token=");
		assertThat(signedIn("employee@demo.example").get("/training/courses/" + classroom).body())
			.doesNotContain("/me/training/sign-in?token=");
	}

	@Test
	void aManagerEnrolsAnEmployeeFromTheRecommendationsInOneTap() {
		BrowserSession manager = signedIn("manager@demo.example");
		UUID position = TrainingFixtures.newPosition(port);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String type = TrainingFixtures.certificateType(hr, position);
		UUID course = TrainingFixtures.createCourse(hr, TrainingFixtures.course("ONLINE", "VIDEO", 600, 0, List.of(type)));
		UUID miner = TrainingFixtures.newMiner(port, new DemoData(jdbc), position);
		BrowserSession.Page page = manager.get("/training/employees/" + miner);
		assertThat(page.body()).contains("id=\"recommendations\"", course.toString(), "id=\"recommend\"");
		UUID self = new DemoData(jdbc).employeeOfUser("employee@demo.example");
		assertThat(signedIn("employee@demo.example").get("/training/employees/" + self).body())
			.as("nobody recommends a course to themselves")
			.contains("id=\"recommendations\"")
			.doesNotContain("id=\"recommend\"");
		BrowserSession.Page accepted = manager.postForm("/training/employees/" + miner + "/accept",
				Map.of("courseId", course.toString(), "_csrf", BrowserSession.csrfTokenOf(page)));
		assertThat(accepted.location()).endsWith("/training/employees/" + miner);
		assertThat(jdbc.queryForObject("select source from training.enrolment where employee_id = ? and course_id = ?",
				String.class, miner, course)).isEqualTo("RECOMMENDATION");
	}

	@Test
	void anEmployeeLearnsOnThePhoneAndTakesTheExam() {
		BrowserSession employee = signedIn("employee@demo.example");
		ApiClient api = ApiClient.as(port, "employee@demo.example");
		UUID course = TrainingFixtures.createCourse(ApiClient.as(port, "hr@demo.example"),
				TrainingFixtures.course("ONLINE", "VIDEO", 600, 0, List.of("安全")));
		assertThat(TrainingFixtures.uploadVideo(port, course).status()).isEqualTo(200);
		String enrolment = api.post("/api/v1/training/enrolments", Map.of("courseId", course)).json().get("id")
			.asString();
		BrowserSession.Page mine = employee.get("/me/training");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("id=\"my-enrolments\"", "/me/training/enrolments/" + enrolment,
				"id=\"my-certificates\"");
		assertThat(employee.get("/me/training/enrolments/" + enrolment).body()).contains("id=\"course-video\"",
				"data-progress-url=\"/me/training/enrolments/" + enrolment + "/progress\"", "training-player.js");
		BrowserSession.Page coursePage = employee.get("/me/training/enrolments/" + enrolment);
		assertThat(employee.postForm("/me/training/enrolments/" + enrolment + "/progress", Map.of("positionSeconds",
				"500", "watchedSeconds", "500", "_csrf", BrowserSession.csrfTokenOf(coursePage))).body())
			.isEqualTo("100%");
		assertThat(jdbc.queryForObject("select status from training.enrolment where id = ?::uuid", String.class,
				enrolment)).isEqualTo("COMPLETED");
		assertThat(employee.get("/me/training/sign-in?token=abc").body()).contains("value=\"abc\"");

		UUID exam = jdbc.queryForObject("select id from training.exam where tenant_id = 'demo' and code = 'GAS-BASICS'",
				UUID.class);
		BrowserSession.Page started = employee.postForm("/me/training/exams/" + exam,
				Map.of("_csrf", BrowserSession.csrfTokenOf(mine)));
		assertThat(started.status()).isEqualTo(200);
		assertThat(started.body()).contains("id=\"exam-form\"");
		String attempt = started.body().replaceAll("(?s).*action=\"/me/training/attempts/([0-9a-f-]{36})\".*", "$1");
		BrowserSession.Page result = employee.postForm("/me/training/attempts/" + attempt,
				Map.of("_csrf", BrowserSession.csrfTokenOf(started)));
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("id=\"exam-result\"", "alert-danger");
	}
}
