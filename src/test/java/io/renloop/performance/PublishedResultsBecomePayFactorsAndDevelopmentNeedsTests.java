package io.renloop.performance;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The hops of one publication: payroll keeps each grade as the factor of the month of publication, training keeps
 * each gap as a development need with its severity's score; the same event again changes neither.
 */
@RenloopIntegrationTest
@EnableScenarios
class PublishedResultsBecomePayFactorsAndDevelopmentNeedsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void gradesReachPayrollAndGapsReachTrainingOncePerCycle(Scenario scenario) {
		DemoData demo = new DemoData(jdbc);
		UUID strong = demo.someEmployeeIn(DEMO, "FIN");
		UUID weak = demo.someEmployeeIn(DEMO, "IT");
		UUID cycleId = UUID.randomUUID();
		PerformanceResultsPublished published = new PerformanceResultsPublished(DEMO, cycleId, "2031 Q1 测试",
				LocalDate.parse("2031-01-01"), LocalDate.parse("2031-03-31"), Instant.parse("2031-04-10T02:00:00Z"),
				List.of(new PerformanceResultsPublished.Result(strong, "S", new BigDecimal("95.00"), List.of()),
						new PerformanceResultsPublished.Result(weak, "C", new BigDecimal("52.00"), List.of(
								new PerformanceResultsPublished.Gap("COMPETENCY", "沟通", "沟通能力",
										new BigDecimal("35.00"), "HIGH"),
								new PerformanceResultsPublished.Gap("KPI", "OUTPUT", "原煤产量",
										new BigDecimal("55.00"), "MEDIUM")))));

		scenario.publish(published).andWaitForStateChange(() -> arrived(cycleId), count -> count == 4)
			.andVerify(count -> assertThat(factors(cycleId)).extracting(row -> row.get("grade") + "/"
					+ row.get("factor") + "/" + row.get("period"))
				.containsExactlyInAnyOrder("S/1.50/2031-04", "C/0.80/2031-04"));
		assertThat(needs(cycleId)).extracting(row -> row.get("topic") + "/" + row.get("score"))
			.containsExactlyInAnyOrder("沟通能力/35.00", "原煤产量/55.00");
		assertThat(needs(cycleId)).allSatisfy(row -> assertThat(row.get("employee_id")).isEqualTo(weak));

		scenario.publish(published).andWaitForStateChange(() -> undelivered(cycleId), count -> count == 0)
			.andVerify(count -> assertThat(count).as("every listener took the event again").isZero());
		assertThat(factors(cycleId)).as("a redelivery adds no second factor").hasSize(2);
		assertThat(needs(cycleId)).as("a redelivery adds no second need").hasSize(2);
	}

	private long undelivered(UUID cycleId) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Long.class, "%" + cycleId + "%");
	}

	private int arrived(UUID cycleId) {
		return factors(cycleId).size() + needs(cycleId).size();
	}

	private List<Map<String, Object>> factors(UUID cycleId) {
		return jdbc.queryForList("select grade, factor::text as factor, period from payroll.performance_grade "
				+ "where cycle_id = ?", cycleId);
	}

	private List<Map<String, Object>> needs(UUID cycleId) {
		return jdbc.queryForList("select employee_id, topic, score::text as score from training.development_need "
				+ "where source = 'PERFORMANCE' and context = '2031 Q1 测试' and ref_key like ?", cycleId + ":%");
	}
}
