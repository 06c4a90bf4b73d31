package io.renloop.leave.internal;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.leave.LeaveRequestView;
import io.renloop.leave.LeaveStatus;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The employment ended (a TERMINATION on the employee's timeline, effective on the last day; ADR 0033): the
 * balances freeze at the last day, requests that lie wholly after it are cancelled and those that run past it end
 * on it — their days come back and the request says why ({@value #EMPLOYMENT_ENDED}). Idempotent: the freeze is
 * written once (primary key), and a repeated delivery finds it and changes nothing.
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

	LeaveEndsWithEmployment(BalanceFreezes freezes, LeaveRequestRepository requests, DefaultLeaveRequests leave,
			AuditTrail audit, Clock clock, TenantTransactions inTenant) {
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
		inTenant.run(changed.tenantId(), () -> end(changed.employeeId(), changed.effectiveDate()));
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
}
