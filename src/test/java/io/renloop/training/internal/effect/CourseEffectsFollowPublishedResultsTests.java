package io.renloop.training.internal.effect;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.performance.PerformanceResultsPublished.Item;
import io.renloop.performance.PerformanceResultsPublished.Result;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import io.renloop.training.TrainingFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A course tied to a performance item shows its participants' mean score of the item before and after, with n, in
 * the effectiveness figures and on the desk, learnt from performance's published results; analytics gets the same
 * figures through training's event.
 */
@RenloopIntegrationTest
class CourseEffectsFollowPublishedResultsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PerformanceScores scores;

	@Test
	void theItemsScoreBeforeAndAfterIsShownWithItsNAndExportedToAnalytics() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String item = TestUsers.unique("SAFE");
		Map<String, Object> course = TrainingFixtures.course("ONLINE", "RICH_TEXT", null, 0, List.of());
		course.put("richText", "安全规程");
		course.put("performanceItem", item);
		UUID courseId = TrainingFixtures.createCourse(hr, course);
		UUID position = TrainingFixtures.newPosition(port);
		UUID ann = TrainingFixtures.newMiner(port, new DemoData(jdbc), position);
		UUID bo = TrainingFixtures.newMiner(port, new DemoData(jdbc), position);
		UUID cy = TrainingFixtures.newMiner(port, new DemoData(jdbc), position);
		for (UUID miner : List.of(ann, bo, cy)) {
			String enrolment = hr.post("/api/v1/training/enrolments", Map.of("courseId", courseId, "employeeId", miner))
				.json().get("id").asString();
			assertThat(hr.post("/api/v1/training/enrolments/" + enrolment + "/complete", null).status()).isEqualTo(200);
		}
		Instant completed = jdbc.queryForObject("select max(completed_at) from training.enrolment where course_id = ?",
				java.sql.Timestamp.class, courseId).toInstant();
		int year = jdbc.queryForObject("select extract(year from max(completed_at) at time zone 'Asia/Shanghai')::int "
				+ "from training.enrolment where course_id = ?", Integer.class, courseId);

		// cy has no result after the course: not compared
		scores.on(published(completed.minus(Duration.ofDays(90)), Map.of(ann, "50", bo, "60", cy, "10"), item));
		scores.on(published(completed.plus(Duration.ofHours(1)), Map.of(ann, "70", bo, "75"), item));
		scores.on(published(completed.plus(Duration.ofHours(1)), Map.of(ann, "70", bo, "75"), item));

		JsonNode effect = Eventually.await(() -> effect(year, courseId));
		assertThat(effect.get("performanceItem").asString()).isEqualTo(item);
		assertThat(effect.get("participants").asInt()).isEqualTo(2);
		assertThat(effect.get("scoreBefore").decimalValue()).isEqualByComparingTo("55.00");
		assertThat(effect.get("scoreAfter").decimalValue()).isEqualByComparingTo("72.50");

		Map<String, Object> exported = Eventually.await(() -> jdbc.queryForList("""
				select participants, score_before, score_after, performance_item from analytics.course_effect
				where course_id = ? and year = ?""", courseId, year).stream().findFirst().orElse(null));
		assertThat(exported).containsEntry("participants", 2).containsEntry("performance_item", item);
		assertThat((BigDecimal) exported.get("score_before")).isEqualByComparingTo("55.00");
		assertThat((BigDecimal) exported.get("score_after")).isEqualByComparingTo("72.50");

		BrowserSession admin = new BrowserSession(port);
		admin.signIn("admin@demo.example", ApiClient.PASSWORD);
		assertThat(admin.get("/training").body()).contains("id=\"course-effects\"").contains(item);
	}

	private JsonNode effect(int year, UUID courseId) {
		JsonNode figures = ApiClient.as(port, "admin@demo.example").get("/api/v1/training/effectiveness?year=" + year)
			.json();
		for (JsonNode effect : figures.get("courseEffects")) {
			if (effect.get("courseId").asString().equals(courseId.toString()) && effect.get("participants").asInt() == 2) {
				return effect;
			}
		}
		return null;
	}

	private static PerformanceResultsPublished published(Instant at, Map<UUID, String> scores, String item) {
		List<Result> results = scores.entrySet().stream()
			.map(e -> new Result(e.getKey(), "B", new BigDecimal("80.00"), List.of(), List.of(new Item("KPI", item,
					"安全", new BigDecimal(e.getValue())))))
			.toList();
		UUID cycle = UUID.nameUUIDFromBytes((item + at).getBytes());
		return new PerformanceResultsPublished("demo", cycle, "cycle " + at, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 6, 30), at, results);
	}
}
