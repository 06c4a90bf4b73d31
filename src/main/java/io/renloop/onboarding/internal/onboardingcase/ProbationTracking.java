package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.Employees;
import io.renloop.onboarding.ChecklistOwner;
import io.renloop.onboarding.OnboardingStatus;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The probation of hires from completed cases: the manager and HR are reminded 14 and 3 days before its end, the
 * {@code probation} confirmation approval starts 14 days before (once), and an approved confirmation makes the
 * employee ACTIVE through a CONFIRMATION lifecycle step; a rejection is recorded for HR to decide what follows.
 */
@Component
class ProbationTracking {

	static final String SUBJECT_TYPE = "probation";

	static final List<Integer> REMINDER_DAYS = List.of(14, 3);

	private static final int APPROVAL_DAYS = 14;

	private final JdbcTemplate jdbc;

	private final OnboardingCaseRepository cases;

	private final Recipients recipients;

	private final OutgoingMail mail;

	private final OnboardingTexts texts;

	private final ApprovalRequests approvals;

	private final Employees employees;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ProbationTracking(JdbcTemplate jdbc, OnboardingCaseRepository cases, Recipients recipients, OutgoingMail mail,
			OnboardingTexts texts, ApprovalRequests approvals, Employees employees, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.recipients = recipients;
		this.mail = mail;
		this.texts = texts;
		this.approvals = approvals;
		this.employees = employees;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${renloop.onboarding.reminder-cron:0 0 8 * * *}")
	@SchedulerLock(name = "onboarding.probation-tracking")
	void trackAllTenants() {
		LocalDate today = LocalDate.now(clock);
		List<String> tenants = jdbc.queryForList("""
				select distinct tenant_id from onboarding.onboarding_case
				where status = 'COMPLETED' and probation_end_date between ? and ?""", String.class, today,
				today.plusDays(APPROVAL_DAYS));
		tenants.forEach(tenant -> SystemActor.runAs(tenant, () -> track(today)));
	}

	/** Sends the due reminders and starts the due approvals of the current tenant. */
	void track(LocalDate today) {
		transactions.executeWithoutResult(status -> cases
			.findByStatusAndProbationEndDateBetween(OnboardingStatus.COMPLETED, today, today.plusDays(APPROVAL_DAYS))
			.forEach(onboarding -> track(onboarding, today)));
	}

	private void track(OnboardingCase onboarding, LocalDate today) {
		long daysLeft = ChronoUnit.DAYS.between(today, onboarding.probationEndDate());
		REMINDER_DAYS.stream()
			.filter(days -> daysLeft <= days && !onboarding.probationReminderSent(days))
			.min(Integer::compare)
			.ifPresent(days -> remind(onboarding, days));
		if (daysLeft <= APPROVAL_DAYS && !onboarding.probationApprovalStarted()) {
			approvals.start(new ApprovalRequest(SUBJECT_TYPE, onboarding.id(),
					texts.both("onboarding.probation.approvalTitle", onboarding.candidateName()),
					onboarding.departmentId(), onboarding.employeeId(), null,
					Map.of("employeeId", onboarding.employeeId().toString(), "probationEndDate",
							onboarding.probationEndDate().toString())));
			onboarding.recordProbationApprovalStarted(Instant.now(clock));
			audit.recordChange("START_PROBATION_APPROVAL", DefaultOnboardingCases.ENTITY, onboarding.id(), null,
					Map.of("employeeId", onboarding.employeeId().toString()));
		}
	}

	/** Sends the reminder of {@code days} and marks every reminder at least as early as sent. */
	private void remind(OnboardingCase onboarding, int days) {
		Set<String> to = new LinkedHashSet<>(recipients.of(ChecklistOwner.MANAGER, onboarding.departmentId()));
		to.addAll(recipients.of(ChecklistOwner.HR, onboarding.departmentId()));
		for (String address : to) {
			mail.send(MailMessage.plain(TenantContext.require(), address,
					texts.both("onboarding.mail.probation.subject", onboarding.candidateName(), days),
					texts.body("onboarding.mail.probation.body", onboarding.candidateName(),
							onboarding.probationEndDate().toString(), days)));
		}
		REMINDER_DAYS.stream().filter(d -> d >= days).filter(d -> !onboarding.probationReminderSent(d))
			.forEach(onboarding::recordProbationReminder);
	}

	@Transactional
	void decided(ApprovalDecided decided) {
		cases.findById(decided.subjectId()).ifPresent(onboarding -> {
			if (onboarding.probationOutcome() != null || onboarding.employeeId() == null) {
				return;
			}
			if (decided.outcome() != ApprovalOutcome.RETURNED) {
				onboarding.recordProbationOutcome(decided.outcome().name());
			}
			if (decided.outcome() == ApprovalOutcome.APPROVED) {
				employees.changeLifecycle(onboarding.employeeId(), new ChangeLifecycle(LifecycleChange.CONFIRMATION,
						onboarding.probationEndDate(), null, null, null, "probation approved"));
			}
			audit.recordChange("PROBATION_DECIDED", DefaultOnboardingCases.ENTITY, onboarding.id(), null,
					Map.of("outcome", decided.outcome().name()));
		});
	}
}
