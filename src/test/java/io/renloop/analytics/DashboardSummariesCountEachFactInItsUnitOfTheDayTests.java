package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.training.CourseCompleted;
import java.math.BigDecimal;
import java.time.Instant;
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
 * The dashboards read summaries by unit (attendance by month, training by day, grades by period end) that always equal
 * the sums of their facts: after events, after the same events again, and after recomputing them with
 * {@code POST /api/v1/analytics/rebuild?only=summaries}. A completion or a result counts in the unit the person was in
 * when it happened, not in the one they moved to later.
 */
@RenloopIntegrationTest
class DashboardSummariesCountEachFactInItsUnitOfTheDayTests {

	/** The year of this test's facts: the demo's history and other tests' facts are later. */
	private static final String IN_2019 = " and %s between date '2019-01-01' and date '2019-12-31'";

	private static final String[] SUMMARIES_AND_FACTS = {
			"select month, department_id, employee_months, overtime_hours, anomalies, absent_days, over_limit "
					+ "from analytics.attendance_unit_month where tenant_id = ?" + IN_2019.formatted("month"),
			"select month, department_id, count(*), sum(overtime_hours), sum(anomalies), sum(absent_days), count(*) "
					+ "filter (where overtime_hours > 36) from analytics.attendance_month where tenant_id = ?"
					+ IN_2019.formatted("month") + " group by 1, 2",
			"select day, department_id, completions, hours from analytics.training_unit_day where tenant_id = ?"
					+ IN_2019.formatted("day"),
			"select completed_on, department_id, count(*), sum(hours) from analytics.training_completion "
					+ "where tenant_id = ?" + IN_2019.formatted("completed_on") + " group by 1, 2",
			"select period_end, department_id, grade, results from analytics.performance_unit_grade where tenant_id = ?"
					+ IN_2019.formatted("period_end"),
			"select period_end, department_id, grade, count(*) from analytics.performance_result where tenant_id = ?"
					+ IN_2019.formatted("period_end") + " group by 1, 2, 3" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void summariesEqualTheirFactsAndKeepTheUnitOfTheDay() {
		DashboardFixtures fixtures = new DashboardFixtures(jdbc, events, transactions);
		DemoData data = new DemoData(jdbc);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID first = data.departmentId(DEMO, "TUNNEL");
		UUID later = data.departmentId(DEMO, "ELEC");
		UUID employee = fixtures.hired(hr, first, LocalDate.of(2019, 3, 4));
		UUID cycle = UUID.randomUUID();
		List<Object> before = List.of(
				new CourseCompleted(DEMO, employee, UUID.randomUUID(), new BigDecimal("6.00"),
						Instant.parse("2019-05-06T03:00:00Z")),
				new PerformanceResultsPublished(DEMO, cycle, "summary test 2019H1", LocalDate.of(2019, 1, 1),
						LocalDate.of(2019, 6, 30), Instant.parse("2019-07-10T03:00:00Z"),
						List.of(new PerformanceResultsPublished.Result(employee, "A", new BigDecimal("91.00"),
								List.of()))));
		before.forEach(fixtures::publish);
		awaitResult(cycle);
		fixtures.awaitDelivered(employee);
		fixtures.publish(new EmployeeLifecycleChanged(DEMO, employee, LifecycleChange.TRANSFER,
				LocalDate.of(2019, 8, 1), later, null));
		fixtures.awaitDelivered(employee);
		fixtures.publish(new CourseCompleted(DEMO, employee, UUID.randomUUID(), new BigDecimal("2.50"),
				Instant.parse("2019-09-09T03:00:00Z")));
		fixtures.awaitDelivered(employee);

		assertThat(count("training_unit_day", "day", "2019-05-06", first)).isPositive();
		assertThat(count("training_unit_day", "day", "2019-09-09", later)).isPositive();
		assertThat(count("performance_unit_grade", "period_end", "2019-06-30", first)).isPositive();
		assertThat(count("performance_unit_grade", "period_end", "2019-06-30", later)).isZero();
		assertSummariesEqualFacts();

		before.forEach(fixtures::publish);
		awaitResult(cycle);
		fixtures.awaitDelivered(employee);
		assertSummariesEqualFacts();

		ApiClient.Response summarised = hr.post("/api/v1/analytics/rebuild?only=summaries", Map.of());
		assertThat(summarised.status()).as(summarised.body()).isEqualTo(200);
		assertThat(summarised.json().get("millis").isNumber()).isTrue();
		assertSummariesEqualFacts();
		assertThat(count("training_unit_day", "day", "2019-05-06", first)).isPositive();
		assertThat(assertProblem(hr.post("/api/v1/analytics/rebuild?only=everything", Map.of()), 400).toString())
			.contains("only");
	}

	private void assertSummariesEqualFacts() {
		for (int i = 0; i < SUMMARIES_AND_FACTS.length; i += 2) {
			List<Map<String, Object>> summary = jdbc.queryForList(SUMMARIES_AND_FACTS[i] + " order by 1, 2, 3", DEMO);
			List<Map<String, Object>> facts = jdbc.queryForList(SUMMARIES_AND_FACTS[i + 1] + " order by 1, 2, 3",
					DEMO);
			assertThat(summary.stream().map(row -> List.copyOf(row.values()).toString()).toList())
				.as(SUMMARIES_AND_FACTS[i])
				.isEqualTo(facts.stream().map(row -> List.copyOf(row.values()).toString()).toList());
		}
	}

	private long count(String summary, String column, String day, UUID department) {
		return jdbc.queryForObject("select count(*) from analytics." + summary + " where tenant_id = ? and " + column
				+ " = ?::date and department_id = ?", Long.class, DEMO, day, department);
	}

	private void awaitResult(UUID cycle) {
		Eventually.await(() -> jdbc.queryForObject("select count(*) > 0 and count(*) filter (where completion_date "
				+ "is null) = 0 from event_publication where serialized_event like ?", Boolean.class,
				"%" + cycle + "%") ? true : null);
	}
}
