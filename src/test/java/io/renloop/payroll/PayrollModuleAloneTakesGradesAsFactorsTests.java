package io.renloop.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.performance.PerformanceResultsPublished.Result;
import io.renloop.support.ModuleTestRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The payroll module started with only what it depends on: published performance results become the factors of
 * the month of publication in the tenant's zone (Asia/Shanghai: 31 March 17:00 UTC is already April), one per cycle
 * and employee however often the event arrives.
 * Closed after its tests, so that its schedulers and workers never meet the other tests' data.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@DirtiesContext
class PayrollModuleAloneTakesGradesAsFactorsTests {

	@Autowired
	JdbcTemplate jdbc;

	private ModuleTestRows rows;

	@BeforeEach
	void tenant() {
		rows = ModuleTestRows.newTenant(jdbc, "payroll-module");
	}

	@AfterEach
	void dropTenant() {
		rows.dropTenant();
	}

	@Test
	void eachGradeBecomesOneFactorOfTheMonthOfPublication(Scenario scenario) {
		String tenant = rows.tenantId();
		UUID strong = UUID.randomUUID();
		UUID weak = UUID.randomUUID();
		UUID cycle = UUID.randomUUID();
		PerformanceResultsPublished published = new PerformanceResultsPublished(tenant, cycle, "2031 Q1",
				LocalDate.parse("2031-01-01"), LocalDate.parse("2031-03-31"), Instant.parse("2031-03-31T17:00:00Z"),
				List.of(new Result(strong, "S", new BigDecimal("95.00"), List.of()),
						new Result(weak, "C", new BigDecimal("52.00"), List.of()),
						new Result(UUID.randomUUID(), null, null, List.of())));

		scenario.publish(published)
			.andWaitForStateChange(() -> factors(cycle), found -> found.size() == 2)
			.andVerify(found -> assertThat(found).containsExactlyInAnyOrder("S 1.50 2031-04", "C 0.80 2031-04"));
		scenario.publish(published)
			.andWaitForStateChange(() -> undelivered(cycle), count -> count == 0)
			.andVerify(count -> assertThat(factors(cycle)).as("a redelivery adds no second factor").hasSize(2));
	}

	private List<String> factors(UUID cycle) {
		return jdbc.queryForList("select grade || ' ' || factor || ' ' || period from payroll.performance_grade "
				+ "where cycle_id = ?", String.class, cycle);
	}

	private long undelivered(UUID cycle) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Long.class, "%" + cycle + "%");
	}
}
