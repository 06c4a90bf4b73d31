package io.renloop.training;

import static io.renloop.training.TrainingFixtures.course;
import static io.renloop.training.TrainingFixtures.createCourse;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeHired;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code EmployeeHired} enrols the new employee in their position's path, each course due some days after the hire
 * date; the event delivered again enrols nobody twice.
 */
@RenloopIntegrationTest
class NewHiresAreEnrolledInTheirPathsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNewHireOfThePositionGetsThePathsCoursesOnce() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID position = TrainingFixtures.newPosition(port);
		UUID safety = createCourse(hr, course("ONLINE", "VIDEO", 600, 0, List.of("安全")));
		UUID gas = createCourse(hr, course("CLASSROOM", null, null, 0, List.of("瓦斯")));
		ApiClient.Response path = hr.post("/api/v1/training/paths", Map.of("code", TestUsers.unique("P"), "nameZh",
				"新岗位路径", "nameEn", "Position path", "positionId", position, "newHire", false, "courses",
				List.of(Map.of("courseId", safety, "dueDays", 7), Map.of("courseId", gas, "dueDays", 30))));
		assertThat(path.status()).as(path.body()).isEqualTo(200);

		UUID hired = TrainingFixtures.newMiner(port, new DemoData(jdbc), position);

		assertThat(Eventually.await(() -> enrolments(hired, safety, gas) == 2 ? true : null)).isTrue();
		assertThat(jdbc.queryForObject("""
				select due_on from training.enrolment where employee_id = ? and course_id = ?""", LocalDate.class, hired,
				safety)).isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(jdbc.queryForList("select distinct source from training.enrolment where employee_id = ?",
				String.class, hired)).containsOnly("PATH");

		transactions.executeWithoutResult(status -> events.publishEvent(new EmployeeHired("demo", hired, "AGAIN",
				new DemoData(jdbc).departmentId("demo", "COAL-1"), position, LocalDate.of(2025, 3, 3))));
		Boolean delivered = Eventually.await(() -> jdbc.queryForObject("""
				select count(*) > 0 and count(*) filter (where completion_date is null) = 0 from event_publication
				where serialized_event like ? and serialized_event like '%AGAIN%'""", Boolean.class, "%" + hired + "%")
				? true : null);
		assertThat(delivered).isTrue();
		assertThat(enrolments(hired, safety, gas)).isEqualTo(2);
	}

	private long enrolments(UUID employee, UUID... courses) {
		return jdbc.queryForObject("select count(*) from training.enrolment where employee_id = ? and course_id = any(?)",
				Long.class, employee, courses);
	}
}
