package io.renloop.leave;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ModuleAloneTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The leave module started with what it depends on: the workflow module's decision on a leave request ends it — an
 * approval approves it and announces {@link LeaveApproved} with the days it holds, a rejection rejects it and gives
 * its days back — decisions on other subjects pass it by, and a decision delivered again, or a late contrary one,
 * changes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class LeaveModuleAloneEndsDecidedRequestsTests extends ModuleAloneTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	@Test
	void anApprovalApprovesThePendingRequestOnceAndAnnouncesItsDays(Scenario scenario) {
		UUID request = pendingRequest();
		UUID approver = UUID.randomUUID();

		scenario.publish(new ApprovalDecided(rows.tenantId(), "training-enrolment", request, ApprovalOutcome.APPROVED,
				approver, null))
			.andWaitForStateChange(() -> undelivered(request), count -> count == 0)
			.andVerify(count -> assertThat(status(request)).as("another subject's decision").containsExactly("PENDING"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), "leave", request, ApprovalOutcome.APPROVED, approver,
				"enjoy"))
			.andWaitForEventOfType(LeaveApproved.class)
			.matching(approved -> approved.requestId().equals(request))
			.toArriveAndVerify(approved -> {
				assertThat(approved.tenantId()).isEqualTo(rows.tenantId());
				assertThat(approved.dates()).containsExactly(DAY);
				assertThat(approved.days()).isEqualByComparingTo("1");
				assertThat(status(request)).containsExactly("APPROVED");
			});
		scenario.publish(new ApprovalDecided(rows.tenantId(), "leave", request, ApprovalOutcome.REJECTED, approver,
				"too late"))
			.andWaitForStateChange(() -> undelivered(request), count -> count == 0)
			.andVerify(count -> {
				assertThat(status(request)).as("a late rejection of what was approved").containsExactly("APPROVED");
				assertThat(heldDays(request)).as("the approved day stays held").containsExactly(DAY);
			});
	}

	@Test
	void aRejectionRejectsThePendingRequestAndGivesItsDaysBack(Scenario scenario) {
		UUID request = pendingRequest();

		scenario.publish(new ApprovalDecided(rows.tenantId(), "leave", request, ApprovalOutcome.REJECTED,
				UUID.randomUUID(), "short-staffed"))
			.andWaitForStateChange(() -> status(request), found -> !found.contains("PENDING"))
			.andVerify(found -> {
				assertThat(found).containsExactly("REJECTED");
				assertThat(heldDays(request)).isEmpty();
			});
	}

	private UUID pendingRequest() {
		UUID request = UUID.randomUUID();
		UUID employee = UUID.randomUUID();
		jdbc.update("""
				insert into leave.leave_request (id, tenant_id, employee_id, type_code, start_date, end_date, days,
				 paid, status, requested_by, created_at, updated_at) values (?, ?, ?, 'PERSONAL', ?, ?, 1, false,
				 'PENDING', 'someone@example.com', now(), now())""", request, rows.tenantId(), employee, DAY, DAY);
		for (String half : List.of("AM", "PM")) {
			jdbc.update("""
					insert into leave.leave_day (tenant_id, employee_id, day, half, request_id, fraction)
					values (?, ?, ?, ?, ?, ?)""", rows.tenantId(), employee, DAY, half, request, new BigDecimal("0.5"));
		}
		return request;
	}

	private List<String> status(UUID request) {
		return jdbc.queryForList("select status from leave.leave_request where id = ?", String.class, request);
	}

	private List<LocalDate> heldDays(UUID request) {
		return jdbc.queryForList("select distinct day from leave.leave_day where request_id = ?", LocalDate.class,
				request);
	}
}
