package io.renloop.offboarding;

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
 * The offboarding module started with what it depends on: the workflow module's decision on a leaving case ends its
 * approval — an approval makes the leaving checklist once, a return records the approver's comment — decisions on
 * other subjects pass it by, and a decision delivered again makes no second checklist.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class OffboardingModuleAloneEndsCaseApprovalsTests extends ModuleAloneTest {

	@Test
	void anApprovalMakesTheChecklistOnce(Scenario scenario) {
		UUID offboarding = pendingCase();
		ApprovalDecided approved = new ApprovalDecided(rows.tenantId(), "offboarding", offboarding,
				ApprovalOutcome.APPROVED, UUID.randomUUID(), null);

		scenario.publish(new ApprovalDecided(rows.tenantId(), "leave", offboarding, ApprovalOutcome.APPROVED,
				UUID.randomUUID(), null))
			.andWaitForStateChange(() -> undelivered(offboarding), count -> count == 0)
			.andVerify(count -> assertThat(status(offboarding)).as("another subject's decision")
				.containsExactly("PENDING_APPROVAL"));
		scenario.publish(approved)
			.andWaitForStateChange(() -> status(offboarding), found -> !found.contains("PENDING_APPROVAL"))
			.andVerify(found -> {
				assertThat(found).containsExactly("APPROVED");
				assertThat(checklistItems(offboarding)).isPositive();
			});
		long items = checklistItems(offboarding);
		scenario.publish(approved)
			.andWaitForStateChange(() -> undelivered(offboarding), count -> count == 0)
			.andVerify(count -> assertThat(checklistItems(offboarding)).as("a redelivery makes no second checklist")
				.isEqualTo(items));
	}

	@Test
	void aReturnRecordsTheApproversComment(Scenario scenario) {
		UUID offboarding = pendingCase();

		scenario.publish(new ApprovalDecided(rows.tenantId(), "offboarding", offboarding, ApprovalOutcome.RETURNED,
				UUID.randomUUID(), "agree the handover first"))
			.andWaitForStateChange(() -> status(offboarding), found -> !found.contains("PENDING_APPROVAL"))
			.andVerify(found -> {
				assertThat(found).containsExactly("RETURNED");
				assertThat(jdbc.queryForObject("select decision_comment from offboarding.offboarding_case where id = ?",
						String.class, offboarding)).isEqualTo("agree the handover first");
				assertThat(checklistItems(offboarding)).isZero();
			});
	}

	private UUID pendingCase() {
		UUID offboarding = UUID.randomUUID();
		jdbc.update("""
				insert into offboarding.offboarding_case (id, tenant_id, employee_id, employee_no, employee_name,
				 hire_date, kind, notice_given_on, last_day, in_probation, status, opened_by, created_at)
				values (?, ?, ?, 'E0042', '王磊', ?, 'RESIGNATION', ?, ?, false, 'PENDING_APPROVAL', 'hr@example.com',
				 now())""", offboarding, rows.tenantId(), UUID.randomUUID(), LocalDate.of(2022, 3, 1),
				LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
		return offboarding;
	}

	private List<String> status(UUID offboarding) {
		return jdbc.queryForList("select status from offboarding.offboarding_case where id = ?", String.class,
				offboarding);
	}

	private long checklistItems(UUID offboarding) {
		return jdbc.queryForObject("select count(*) from offboarding.checklist_item where case_id = ?", Long.class,
				offboarding);
	}
}
