package io.renloop.training;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.training.TrainingFixtures.course;
import static io.renloop.training.TrainingFixtures.createCourse;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue and enrolments through the API: a video resumes and completes at its minimum share, a paid course
 * waits for the manager's approval, a full session fills its waiting list, a trainer's code signs the employee in,
 * and bad input is a clear 4xx with nothing saved.
 */
@RenloopIntegrationTest
class CoursesAndEnrolmentsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	ApiClient employee;

	DemoData data;

	@BeforeEach
	void setUp() {
		hr = ApiClient.as(port, "hr@demo.example");
		employee = ApiClient.as(port, "employee@demo.example");
		data = new DemoData(jdbc);
	}

	@Test
	void aVideoResumesWhereItStoppedAndCompletesAtTheMinimumShare() {
		UUID courseId = createCourse(hr, course("ONLINE", "VIDEO", 600, 0, List.of("安全")));
		String id = enrolMyself(courseId).get("id").asString();

		JsonNode halfway = employee.post("/api/v1/me/training/enrolments/" + id + "/progress",
				Map.of("positionSeconds", 300, "watchedSeconds", 300)).json();
		assertThat(halfway.get("progressPercent").asInt()).isEqualTo(50);
		assertThat(halfway.get("status").asString()).isEqualTo("ENROLLED");

		JsonNode replayed = employee.post("/api/v1/me/training/enrolments/" + id + "/progress",
				Map.of("positionSeconds", 60, "watchedSeconds", 100)).json();
		assertThat(replayed.get("watchedSeconds").asInt()).isEqualTo(300);
		assertThat(replayed.get("positionSeconds").asInt()).isEqualTo(60);

		JsonNode done = employee.post("/api/v1/me/training/enrolments/" + id + "/progress",
				Map.of("positionSeconds", 480, "watchedSeconds", 480)).json();
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("completedAt").isNull()).isFalse();
		assertThat(jdbc.queryForObject("""
				select count(*) from employee.timeline_event where employee_id = ? and type = 'TRAINING'
				and details::text like ?""", Long.class, data.employeeOfUser("employee@demo.example"),
				"%" + courseId + "%")).isEqualTo(1);
	}

	@Test
	void aPaidCourseWaitsForTheManagersApproval() {
		UUID miner = TrainingFixtures.newMiner(port, data, null);
		UUID courseId = createCourse(hr, course("EXTERNAL", null, null, 3800.5, List.of("管理")));
		ApiClient.Response enrolled = hr.post("/api/v1/training/enrolments", Map.of("courseId", courseId, "employeeId",
				miner));
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		assertThat(enrolled.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
		assertThat(enrolled.json().get("cost").decimalValue()).isEqualByComparingTo("3800.50");
		String id = enrolled.json().get("id").asString();

		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		String task = Eventually.await(() -> taskOf(manager, id));
		assertThat(task).isNotNull();
		assertThat(manager.post("/api/v1/approvals/" + task + "/decision", Map.of("outcome", "APPROVED")).status())
			.isEqualTo(200);
		assertThat(Eventually.await(() -> status(miner, id).equals("ENROLLED") ? true : null)).isTrue();
		assertProblem(hr.post("/api/v1/training/enrolments", Map.of("courseId", courseId, "employeeId", miner)), 409);
	}

	@Test
	void aFullSessionFillsItsWaitingListAndACancellationMovesTheFirstUp() {
		UUID courseId = createCourse(hr, course("CLASSROOM", null, null, 0, List.of("通风")));
		UUID session = session(courseId, 1);
		UUID first = TrainingFixtures.newMiner(port, data, null);
		UUID second = TrainingFixtures.newMiner(port, data, null);
		String firstEnrolment = hr.post("/api/v1/training/enrolments", Map.of("courseId", courseId, "employeeId", first,
				"sessionId", session)).json().get("id").asString();
		JsonNode waiting = hr.post("/api/v1/training/enrolments", Map.of("courseId", courseId, "employeeId", second,
				"sessionId", session)).json();
		assertThat(waiting.get("status").asString()).isEqualTo("WAITLISTED");
		JsonNode counts = hr.get("/api/v1/training/courses/" + courseId + "/sessions").json().get(0);
		assertThat(counts.get("enrolled").asInt()).isEqualTo(1);
		assertThat(counts.get("waiting").asInt()).isEqualTo(1);

		assertThat(hr.post("/api/v1/training/enrolments/" + firstEnrolment + "/cancel", null).json().get("status")
			.asString()).isEqualTo("CANCELLED");
		assertThat(status(second, waiting.get("id").asString())).isEqualTo("ENROLLED");
	}

	@Test
	void theTrainersCodeSignsTheEmployeeInAndCompletesTheCourse() {
		UUID courseId = createCourse(hr, course("CLASSROOM", null, null, 0, List.of("瓦斯")));
		UUID session = session(courseId, 30);
		String token = hr.get("/api/v1/training/courses/" + courseId + "/sessions").json().get(0).get("signInToken")
			.asString();
		assertThat(employee.get("/api/v1/training/courses/" + courseId + "/sessions").json().get(0)
			.get("signInToken").isNull()).isTrue();
		assertProblem(employee.post("/api/v1/me/training/sign-in", Map.of("token", token)), 409);

		String id = employee.post("/api/v1/training/enrolments", Map.of("courseId", courseId, "sessionId", session))
			.json().get("id").asString();
		JsonNode signedIn = employee.post("/api/v1/me/training/sign-in", Map.of("token", token)).json();
		assertThat(signedIn.get("id").asString()).isEqualTo(id);
		assertThat(signedIn.get("status").asString()).isEqualTo("COMPLETED");
		assertProblem(employee.post("/api/v1/me/training/sign-in", Map.of("token", "not-a-token")), 404);
	}

	@Test
	void aReadCourseIsCompletedByTheReaderAndCountsInTheFigures() {
		UUID courseId = createCourse(hr, course("ONLINE", "RICH_TEXT", null, 0, List.of("制度")));
		String id = enrolMyself(courseId).get("id").asString();
		assertThat(employee.post("/api/v1/training/enrolments/" + id + "/complete", null).json().get("status")
			.asString()).isEqualTo("COMPLETED");
		assertProblem(employee.post("/api/v1/training/enrolments/" + id + "/complete", null), 409);
		JsonNode figures = ApiClient.as(port, "admin@demo.example").get("/api/v1/training/effectiveness?year="
				+ java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue()).json();
		assertThat(figures.get("completed").asLong()).isPositive();
		assertThat(figures.get("completionRate").decimalValue()).isPositive();
	}

	@Test
	void badInputIsAClearProblemAndNothingIsSaved() {
		Map<String, Object> online = course("ONLINE", null, null, 0, List.of());
		assertThat(assertProblem(hr.post("/api/v1/training/courses", online), 400).toString()).contains("contentKind");
		Map<String, Object> video = course("ONLINE", "VIDEO", null, 0, List.of());
		assertProblem(hr.post("/api/v1/training/courses", video), 400);
		Map<String, Object> wrongKind = new HashMap<>(course("ONLINE", "VIDEO", 60, 0, List.of()));
		wrongKind.put("kind", "TELEPATHY");
		assertProblem(hr.post("/api/v1/training/courses", wrongKind), 400);
		Map<String, Object> negative = course("EXTERNAL", null, null, -1, List.of());
		assertProblem(hr.post("/api/v1/training/courses", negative), 400);
		assertThat(jdbc.queryForObject("select count(*) from training.course where code in (?, ?, ?, ?)", Long.class,
				online.get("code"), video.get("code"), wrongKind.get("code"), negative.get("code"))).isZero();
		assertProblem(employee.post("/api/v1/training/courses", course("ONLINE", "PDF", null, 0, List.of())), 403);
		assertProblem(hr.post("/api/v1/training/enrolments", Map.of("courseId", UUID.randomUUID())), 404);
	}

	private JsonNode enrolMyself(UUID courseId) {
		ApiClient.Response enrolled = employee.post("/api/v1/training/enrolments", Map.of("courseId", courseId));
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		assertThat(enrolled.json().get("source").asString()).isEqualTo("SELF");
		return enrolled.json();
	}

	private UUID session(UUID courseId, int capacity) {
		ApiClient.Response created = hr.post("/api/v1/training/courses/" + courseId + "/sessions", Map.of("startsAt",
				Instant.now().plus(3, ChronoUnit.DAYS).toString(), "location", "调度楼三楼培训室", "trainer", "王讲师",
				"capacity", capacity));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private String status(UUID employeeId, String enrolmentId) {
		for (JsonNode e : hr.get("/api/v1/training/enrolments?employeeId=" + employeeId).json()) {
			if (e.get("id").asString().equals(enrolmentId)) {
				return e.get("status").asString();
			}
		}
		return "";
	}

	private static String taskOf(ApiClient approver, String subjectId) {
		for (JsonNode task : approver.get("/api/v1/approvals/inbox").json()) {
			if (task.get("subjectId").asString().equals(subjectId)) {
				return task.get("taskId").asString();
			}
		}
		return null;
	}
}
