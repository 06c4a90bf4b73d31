package io.renloop.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ModuleAloneTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The performance module started with what it depends on: the workflow module's decision on a cycle's results
 * moves the cycle out of approval — approved results may be published, anything else goes back to calibration —
 * decisions on other subjects pass it by, and a late contrary decision changes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PerformanceModuleAloneEndsResultApprovalsTests extends ModuleAloneTest {

	@Test
	void anApprovalLetsTheResultsBePublishedOnce(Scenario scenario) {
		UUID cycle = cycleInApproval();
		UUID approver = UUID.randomUUID();

		scenario.publish(new ApprovalDecided(rows.tenantId(), "leave", cycle, ApprovalOutcome.APPROVED, approver,
				null))
			.andWaitForStateChange(() -> undelivered(cycle), count -> count == 0)
			.andVerify(count -> assertThat(phase(cycle)).as("another subject's decision").containsExactly("APPROVAL"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), PerformanceCycles.RESULT_SUBJECT, cycle,
				ApprovalOutcome.APPROVED, approver, null))
			.andWaitForStateChange(() -> phase(cycle), found -> !found.contains("APPROVAL"))
			.andVerify(found -> assertThat(found).containsExactly("APPROVED"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), PerformanceCycles.RESULT_SUBJECT, cycle,
				ApprovalOutcome.REJECTED, approver, "too generous"))
			.andWaitForStateChange(() -> undelivered(cycle), count -> count == 0)
			.andVerify(count -> assertThat(phase(cycle)).as("a late rejection of what was approved")
				.containsExactly("APPROVED"));
	}

	@Test
	void aReturnSendsTheResultsBackToCalibration(Scenario scenario) {
		UUID cycle = cycleInApproval();

		scenario.publish(new ApprovalDecided(rows.tenantId(), PerformanceCycles.RESULT_SUBJECT, cycle,
				ApprovalOutcome.RETURNED, UUID.randomUUID(), "recalibrate sales"))
			.andWaitForStateChange(() -> phase(cycle), found -> !found.contains("APPROVAL"))
			.andVerify(found -> assertThat(found).containsExactly("CALIBRATION"));
	}

	private UUID cycleInApproval() {
		UUID template = UUID.randomUUID();
		jdbc.update("""
				insert into performance.template (id, tenant_id, code, name, kind, items)
				values (?, ?, 'KPI-Q', 'Quarterly KPI', 'KPI', '[]'::jsonb)""", template, rows.tenantId());
		UUID cycle = UUID.randomUUID();
		jdbc.update("""
				insert into performance.cycle (id, tenant_id, name, kind, period, period_start, period_end, template_id,
				 phase, phase_ends) values (?, ?, '2026 Q2', 'QUARTER', '2026-Q2', ?, ?, ?, 'APPROVAL', '{}'::jsonb)""",
				cycle, rows.tenantId(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), template);
		return cycle;
	}

	private List<String> phase(UUID cycle) {
		return jdbc.queryForList("select phase from performance.cycle where id = ?", String.class, cycle);
	}
}
