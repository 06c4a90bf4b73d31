package io.renloop.leave;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.support.ModuleAloneTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The leave module started with only what it depends on (no demo data, no upper modules): the employee module's
 * lifecycle events and the workflow module's decisions on leave requests reach it through the event publication
 * registry: an approval approves a pending request and announces {@link LeaveApproved} with its days, a rejection
 * gives the days back, decisions on other subjects pass it by, and a redelivery or a late contrary decision changes
 * nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class LeaveModuleAloneFollowsEventsTests extends ModuleAloneTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	@Autowired
	ApplicationContext context;

	@Test
	void onlyTheModuleAndWhatItDependsOnAreStarted() {
		List<String> types = Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(Objects::nonNull)
			.map(Class::getName)
			.toList();
		assertThat(types).as("the module and one it depends on").anyMatch(type -> type.startsWith("io.renloop.leave."))
			.anyMatch(type -> type.startsWith("io.renloop.employee."));
		assertThat(types).as("modules above leave, and the demo data").noneMatch(type -> type.startsWith(
				"io.renloop.payroll.") || type.startsWith("io.renloop.analytics.") || type.startsWith("io.renloop.demo."));
	}

	@Test
	void aTerminationFreezesTheBalancesOnceAndARehireThawsThem(Scenario scenario) {
		UUID leaver = UUID.randomUUID();
		LocalDate lastDay = LocalDate.of(2026, 6, 30);
		EmployeeLifecycleChanged terminated = new EmployeeLifecycleChanged(rows.tenantId(), leaver,
				LifecycleChange.TERMINATION, lastDay, null, null);

		scenario.publish(terminated)
			.andWaitForStateChange(() -> frozenOn(leaver), days -> !days.isEmpty())
			.andVerify(days -> assertThat(days).containsExactly(lastDay));
		scenario.publish(terminated)
			.andWaitForStateChange(() -> freezeAudits(leaver), count -> count > 0)
			.andVerify(count -> assertThat(count).as("a redelivery freezes nothing again").isEqualTo(1));

		LocalDate rehiredOn = LocalDate.of(2026, 9, 1);
		scenario.publish(new EmployeeLifecycleChanged(rows.tenantId(), leaver, LifecycleChange.REHIRE, rehiredOn, null,
				null))
			.andWaitForStateChange(() -> liftedOn(leaver), days -> !days.isEmpty())
			.andVerify(days -> assertThat(days).containsExactly(rehiredOn));
	}

	private List<LocalDate> frozenOn(UUID employee) {
		return jdbc.queryForList("select last_day from leave.balance_freeze where tenant_id = ? and employee_id = ?",
				LocalDate.class, rows.tenantId(), employee);
	}

	private List<LocalDate> liftedOn(UUID employee) {
		return jdbc.queryForList("""
				select lifted_on from leave.balance_freeze
				 where tenant_id = ? and employee_id = ? and lifted_on is not null""", LocalDate.class, rows.tenantId(),
				employee);
	}

	private long freezeAudits(UUID employee) {
		return jdbc.queryForObject("""
				select count(*) from platform.audit_event
				 where tenant_id = ? and entity_id = ? and action = 'FREEZE'""", Long.class, rows.tenantId(),
				employee.toString());
	}

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
