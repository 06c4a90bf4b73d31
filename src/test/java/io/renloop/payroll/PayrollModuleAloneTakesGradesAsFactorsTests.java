package io.renloop.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.performance.PerformanceResultsPublished.Result;
import io.renloop.support.ModuleAloneTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The payroll module started with only what it depends on: published performance results become the factors of
 * the month of publication in the tenant's zone (Asia/Shanghai: 31 March 17:00 UTC is already April), one per cycle
 * and employee however often the event arrives.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PayrollModuleAloneTakesGradesAsFactorsTests extends ModuleAloneTest {

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
}
