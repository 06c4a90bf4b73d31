package io.renloop.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ModuleAloneTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The training module started with what it depends on: the workflow module's decision on a paid enrolment ends
 * it (a rejection rejects it), decisions on other subjects pass it by, and a decision delivered again after the
 * enrolment left approval changes nothing. Closed after its tests, so that its schedulers and workers never meet
 * the other tests' data.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class TrainingModuleAloneEndsApprovedEnrolmentsTests extends ModuleAloneTest {

	@Test
	void aRejectionRejectsThePendingEnrolmentOnce(Scenario scenario) {
		UUID enrolment = pendingEnrolment();
		UUID approver = UUID.randomUUID();

		scenario.publish(new ApprovalDecided(rows.tenantId(), "leave", enrolment, ApprovalOutcome.REJECTED, approver,
				null))
			.andWaitForStateChange(() -> undelivered(enrolment), count -> count == 0)
			.andVerify(count -> assertThat(status(enrolment)).as("another subject's decision")
				.containsExactly("PENDING_APPROVAL"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), Enrolments.SUBJECT_TYPE, enrolment,
				ApprovalOutcome.REJECTED, approver, "no budget"))
			.andWaitForStateChange(() -> status(enrolment), found -> !found.contains("PENDING_APPROVAL"))
			.andVerify(found -> assertThat(found).containsExactly("REJECTED"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), Enrolments.SUBJECT_TYPE, enrolment,
				ApprovalOutcome.APPROVED, approver, null))
			.andWaitForStateChange(() -> undelivered(enrolment), count -> count == 0)
			.andVerify(count -> assertThat(status(enrolment)).as("a late approval of what was rejected")
				.containsExactly("REJECTED"));
	}

	private UUID pendingEnrolment() {
		UUID course = UUID.randomUUID();
		jdbc.update("""
				insert into training.course (id, tenant_id, code, title_zh, title_en, kind, hours, credits, cost,
				 created_at) values (?, ?, 'SAFE-01', '安全规程', 'Safety rules', 'CLASSROOM', 8, 1, 1200, now())""",
				course, rows.tenantId());
		UUID enrolment = UUID.randomUUID();
		jdbc.update("""
				insert into training.enrolment (id, tenant_id, course_id, employee_id, status, source, cost,
				 enrolled_at) values (?, ?, ?, ?, 'PENDING_APPROVAL', 'SELF', 1200, now())""", enrolment,
				rows.tenantId(), course, UUID.randomUUID());
		return enrolment;
	}

	private List<String> status(UUID enrolment) {
		return jdbc.queryForList("select status from training.enrolment where id = ?", String.class, enrolment);
	}
}
