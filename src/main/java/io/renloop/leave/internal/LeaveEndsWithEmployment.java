package io.renloop.leave.internal;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.leave.LeaveRequestView;
import io.renloop.leave.LeaveStatus;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The employment ended (a TERMINATION on the employee's timeline, effective on the last day; ADR 0033): the
 * balances freeze at the last day, requests that lie wholly after it are cancelled and those that run past it end
 * on it — their days come back and the request says why ({@value #EMPLOYMENT_ENDED}). Idempotent: the freeze is
 * written once (primary key), and a repeated delivery finds it and changes nothing; a delivery after the person was
 * rehired (no longer TERMINATED) changes nothing either.
 */
@Component
class LeaveEndsWithEmployment {

	static final String EMPLOYMENT_ENDED = "EMPLOYMENT_ENDED";

	private final BalanceFreezes freezes;

	private final LeaveRequestRepository requests;

	private final DefaultLeaveRequests leave;

	private final AuditTrail audit;

	private final Clock clock;

	private final TenantTransactions inTenant;

	private final EmployeeDirectory employees;

	LeaveEndsWithEmployment(BalanceFreezes freezes, LeaveRequestRepository requests, DefaultLeaveRequests leave,
			AuditTrail audit, Clock clock, TenantTransactions inTenant, EmployeeDirectory employees) {
		this.employees = employees;
		this.freezes = freezes;
		this.requests = requests;
		this.leave = leave;
		this.audit = audit;
		this.clock = clock;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		if (changed.change() != LifecycleChange.TERMINATION) {
			return;
		}
		inTenant.run(changed.tenantId(), () -> {
			// delivered late, after a rehire took the person back (ADR 0035): this employment's end is history
			if (!rehiredSince(changed.employeeId())) {
				end(changed.employeeId(), changed.effectiveDate());
			}
		});
	}

	void end(UUID employeeId, LocalDate lastDay) {
		if (!freezes.freeze(employeeId, lastDay, clock.instant())) {
			return;
		}
		audit.recordChange("FREEZE", "LeaveBalance", employeeId, null, Map.of("lastDay", lastDay.toString()));
		for (LeaveRequest request : requests.findByEmployeeIdAndStatusInAndEndDateAfter(employeeId,
				EnumSet.of(LeaveStatus.PENDING, LeaveStatus.APPROVED), lastDay)) {
			LeaveRequestView before = LeaveRequestViews.view(request, null);
			if (request.startDate().isAfter(lastDay)) {
				leave.withdraw(request, EMPLOYMENT_ENDED);
			}
			else {
				leave.shorten(request, lastDay, EMPLOYMENT_ENDED);
			}
			requests.save(request);
			audit.recordChange(EMPLOYMENT_ENDED, "LeaveRequest", request.id(), before,
					LeaveRequestViews.view(request, null));
		}
	}

	/** Whether the person is employed again (no longer a leaver): read without an audited record read. */
	private boolean rehiredSince(UUID employeeId) {
		EmployeeDirectory.Contact contact = employees.contactsOf(List.of(employeeId)).get(employeeId);
		return contact != null && !contact.left();
	}
}
