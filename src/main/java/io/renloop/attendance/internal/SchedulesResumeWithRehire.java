package io.renloop.attendance.internal;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A former employee was rehired into their old record (a REHIRE step, effective on the new hire date; ADR 0035): the
 * end of the earlier employment no longer holds, so their team's rotation and the standard shift plan them again and
 * shift swaps are possible. Their own rotation assignments that ended at the last day stay ended (the scheduler
 * assigns anew). Idempotent: a repeated delivery finds no end to resume and changes nothing.
 */
@Component
class SchedulesResumeWithRehire {

	private final ScheduleStore schedule;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	SchedulesResumeWithRehire(ScheduleStore schedule, AuditTrail audit, TenantTransactions inTenant) {
		this.schedule = schedule;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		if (changed.change() != LifecycleChange.REHIRE) {
			return;
		}
		inTenant.run(changed.tenantId(), () -> resume(changed.tenantId(), changed.employeeId(),
				changed.effectiveDate()));
	}

	private void resume(String tenantId, UUID employeeId, LocalDate rehiredOn) {
		if (schedule.resumeEmployment(tenantId, employeeId, rehiredOn)) {
			audit.recordChange("EMPLOYMENT_RESUMED", "Schedule", employeeId, Map.of("employmentEnded", true),
					Map.of("rehiredOn", rehiredOn.toString()));
		}
	}
}
