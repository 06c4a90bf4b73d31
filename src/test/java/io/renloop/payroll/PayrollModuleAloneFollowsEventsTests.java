package io.renloop.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.performance.PerformanceResultsPublished.Result;
import io.renloop.support.ModuleAloneTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
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
 * and employee however often the event arrives; the workflow's decision on a submitted run locks it (approved) or
 * sends it back to review (rejected), once.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PayrollModuleAloneFollowsEventsTests extends ModuleAloneTest {

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

	@Test
	void anApprovalLocksTheSubmittedRunOnceAndARejectionSendsItBackToReview(Scenario scenario) {
		UUID approved = submittedRun("2026-05");
		UUID rejected = submittedRun("2026-06");
		UUID approver = UUID.randomUUID();

		scenario.publish(new ApprovalDecided(rows.tenantId(), "leave", approved, ApprovalOutcome.APPROVED, approver,
				null))
			.andWaitForStateChange(() -> undelivered(approved), count -> count == 0)
			.andVerify(count -> assertThat(runStatus(approved)).as("another subject's decision")
				.containsExactly("SUBMITTED"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), PayrollRuns.SUBJECT_TYPE, approved,
				ApprovalOutcome.APPROVED, approver, null))
			.andWaitForStateChange(() -> runStatus(approved), found -> !found.contains("SUBMITTED"))
			.andVerify(found -> assertThat(found).containsExactly("APPROVED"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), PayrollRuns.SUBJECT_TYPE, approved,
				ApprovalOutcome.REJECTED, approver, "late"))
			.andWaitForStateChange(() -> undelivered(approved), count -> count == 0)
			.andVerify(count -> assertThat(runStatus(approved)).as("a late rejection of an approved run")
				.containsExactly("APPROVED"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), PayrollRuns.SUBJECT_TYPE, rejected,
				ApprovalOutcome.REJECTED, approver, "check the overtime"))
			.andWaitForStateChange(() -> runStatus(rejected), found -> !found.contains("SUBMITTED"))
			.andVerify(found -> assertThat(found).containsExactly("CALCULATED"));
	}

	private UUID submittedRun(String period) {
		UUID group = UUID.randomUUID();
		jdbc.update("""
				insert into payroll.pay_group (id, tenant_id, code, name, region_code)
				values (?, ?, ?, 'Beijing office', 'CN-BJ')""", group, rows.tenantId(), "BJ-" + period);
		UUID run = UUID.randomUUID();
		jdbc.update("""
				insert into payroll.payroll_run (id, tenant_id, period, pay_group_id, kind, status, created_at)
				values (?, ?, ?, ?, 'REGULAR', 'SUBMITTED', now())""", run, rows.tenantId(), period, group);
		return run;
	}

	private List<String> runStatus(UUID run) {
		return jdbc.queryForList("select status from payroll.payroll_run where id = ?", String.class, run);
	}

	private List<String> factors(UUID cycle) {
		return jdbc.queryForList("select grade || ' ' || factor || ' ' || period from payroll.performance_grade "
				+ "where cycle_id = ?", String.class, cycle);
	}
}
