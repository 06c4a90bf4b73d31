package io.renloop.offboarding.internal;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.Employees;
import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.LoginClosure;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.platform.TenantTransactions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The last day: once it has ended in the tenant's zone (or earlier on that day when HR ends the employment at
 * once), the employee record becomes TERMINATED with a timeline entry, every login of the leaver is closed (sessions
 * and tokens end), the leaver receives the link to their leaving documents, and {@link EmployeeLeft} goes out.
 * Each case in a transaction of its own, so that one failure
 * does not hold back the others; a case already LEFT is not touched again.
 */
@Component
class Departures {

	private static final Logger log = LoggerFactory.getLogger(Departures.class);

	private final OffboardingCaseRepository cases;

	private final Employees employees;

	private final LoginClosure logins;

	private final ExitInterviewRepository interviews;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TenantTime time;

	private final TenantTransactions inTenant;

	private final JdbcTemplate jdbc;

	private final LeaverLinks leaverLinks;

	Departures(OffboardingCaseRepository cases, Employees employees, LoginClosure logins,
			ExitInterviewRepository interviews, ApplicationEventPublisher events, AuditTrail audit, TenantTime time,
			TenantTransactions inTenant, JdbcTemplate jdbc, LeaverLinks leaverLinks) {
		this.cases = cases;
		this.employees = employees;
		this.logins = logins;
		this.interviews = interviews;
		this.events = events;
		this.audit = audit;
		this.time = time;
		this.inTenant = inTenant;
		this.jdbc = jdbc;
		this.leaverLinks = leaverLinks;
	}

	/** Every minute, so that access ends within a minute of the last day's end in any zone. */
	@Scheduled(cron = "${renloop.offboarding.departure-cron:0 * * * * *}")
	@SchedulerLock(name = "offboarding.departures")
	void departAllTenants() {
		// a superset: the last day has ended in the tenant's zone only if it is before tomorrow in UTC
		LocalDate tomorrowUtc = LocalDate.now(time.clock()).plusDays(1);
		jdbc.queryForList("select distinct tenant_id from offboarding.offboarding_case where status = 'APPROVED' "
				+ "and last_day < ?", String.class, tomorrowUtc).forEach(this::departDue);
	}

	/** Ends the employment of every approved case of the tenant whose last day has ended; returns how many. */
	int departDue(String tenantId) {
		List<UUID> due = inTenant.call(tenantId, () -> cases
			.findByStatusAndLastDayBefore(CaseStatus.APPROVED, time.today())
			.stream()
			.map(OffboardingCase::id)
			.toList());
		int departed = 0;
		for (UUID id : due) {
			try {
				inTenant.run(tenantId, () -> cases.findById(id)
					.filter(c -> c.status() == CaseStatus.APPROVED)
					.ifPresent(this::depart));
				departed++;
			}
			catch (RuntimeException ex) {
				log.warn("Could not end the employment of offboarding case {} of tenant {}", id, tenantId, ex);
			}
		}
		return departed;
	}

	OffboardingCase depart(OffboardingCase offboarding) {
		Map<String, Object> before = CaseSnapshots.of(offboarding);
		offboarding.leave(time.today(), time.clock().instant());
		if (employees.get(offboarding.employeeId()).status() != EmployeeStatus.TERMINATED) {
			employees.changeLifecycle(offboarding.employeeId(), new ChangeLifecycle(LifecycleChange.TERMINATION,
					offboarding.lastDay(), null, null, null, reason(offboarding)));
		}
		int closed = logins.closeLoginsOfEmployee(offboarding.employeeId());
		// the documents outlive the login: the leaver's link is made and sent now, valid for 90 days
		leaverLinks.issueAndSend(TenantContext.require(), offboarding, time.clock().instant());
		List<String> reasons = interviews.findByCaseId(offboarding.id()).map(ExitInterview::reasonCodes).orElse(List.of());
		events.publishEvent(new EmployeeLeft(TenantContext.require(), offboarding.employeeId(), offboarding.id(),
				offboarding.lastDay(), offboarding.kind().attrition(), offboarding.kind(), offboarding.legalGround(),
				reasons, offboarding.regretted()));
		Map<String, Object> after = CaseSnapshots.of(offboarding);
		after.put("loginsClosed", closed);
		audit.recordChange("LEAVE", DefaultOffboardingCases.ENTITY, offboarding.id(), before, after);
		return cases.save(offboarding);
	}

	private static String reason(OffboardingCase offboarding) {
		return offboarding.legalGround() == null ? offboarding.kind().name()
				: offboarding.kind().name() + " (art. " + offboarding.legalGround().article() + ")";
	}
}
