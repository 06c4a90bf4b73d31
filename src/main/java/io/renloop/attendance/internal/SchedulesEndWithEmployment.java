package io.renloop.attendance.internal;

import io.renloop.attendance.ShiftSwaps;
import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalRequests;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The employment ended (a TERMINATION on the employee's timeline, effective on the last day; ADR 0033): the leaver's
 * own rotation assignments end at the last day, the days planned by hand after it go, no shift is planned after it
 * (team rotations and the standard shift included), and pending shift swaps with the leaver for a later day are
 * cancelled, their approvals withdrawn. Idempotent: the last day is recorded once (primary key); a repeated delivery
 * changes nothing, and so does one after the person was rehired (no longer TERMINATED).
 */
@Component
class SchedulesEndWithEmployment {

	static final String EMPLOYMENT_ENDED = "EMPLOYMENT_ENDED";

	private final ScheduleStore schedule;

	private final ShiftSwapStore swaps;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	private final ApprovalRequests approvals;

	private final EmployeeDirectory employees;

	SchedulesEndWithEmployment(ScheduleStore schedule, ShiftSwapStore swaps, AuditTrail audit,
			TenantTransactions inTenant, ApprovalRequests approvals, EmployeeDirectory employees) {
		this.employees = employees;
		this.schedule = schedule;
		this.swaps = swaps;
		this.audit = audit;
		this.inTenant = inTenant;
		this.approvals = approvals;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		if (changed.change() != LifecycleChange.TERMINATION) {
			return;
		}
		inTenant.run(changed.tenantId(), () -> {
			// delivered late, after a rehire took the person back (ADR 0035): this employment's end is history
			if (!rehiredSince(changed.employeeId())) {
				end(changed.tenantId(), changed.employeeId(), changed.effectiveDate());
			}
		});
	}

	private void end(String tenantId, UUID employeeId, LocalDate lastDay) {
		if (!schedule.endEmployment(tenantId, employeeId, lastDay)) {
			return;
		}
		int cleared = schedule.clearAfter(tenantId, employeeId, lastDay);
		List<UUID> cancelled = swaps.cancelPendingAfter(tenantId, employeeId, lastDay);
		audit.recordChange(EMPLOYMENT_ENDED, "Schedule", employeeId, null, Map.of("lastDay", lastDay.toString(),
				"assignmentsAndDaysCleared", cleared, "swapsCancelled", cancelled));
		cancelled.forEach(swap -> {
			audit.recordChange(EMPLOYMENT_ENDED, DefaultShiftSwaps.ENTITY, swap, Map.of("status", "PENDING"),
					Map.of("status", "CANCELLED", "employeeLeft", employeeId));
			// a swap that cannot happen needs no decision: its task leaves the approvers' inboxes
			approvals.withdraw(ShiftSwaps.SUBJECT_TYPE, swap, EMPLOYMENT_ENDED);
		});
	}

	/** Whether the person is employed again (no longer a leaver): read without an audited record read. */
	private boolean rehiredSince(UUID employeeId) {
		EmployeeDirectory.Contact contact = employees.contactsOf(List.of(employeeId)).get(employeeId);
		return contact != null && !contact.left();
	}
}
