package io.renloop.leave.internal;

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
 * freeze of the earlier employment is lifted, so that requests and adjustments are taken again and annual leave
 * accrues from the new hire date (the balance counts from the hire date on). Requests the last day cancelled stay
 * cancelled. Idempotent: a repeated delivery finds no freeze to lift and changes nothing.
 */
@Component
class BalancesThawOnRehire {

	private final BalanceFreezes freezes;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	BalancesThawOnRehire(BalanceFreezes freezes, AuditTrail audit, TenantTransactions inTenant) {
		this.freezes = freezes;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		if (changed.change() != LifecycleChange.REHIRE) {
			return;
		}
		inTenant.run(changed.tenantId(), () -> thaw(changed.employeeId(), changed.effectiveDate()));
	}

	void thaw(UUID employeeId, LocalDate rehiredOn) {
		if (freezes.lift(employeeId, rehiredOn)) {
			audit.recordChange("THAW", "LeaveBalance", employeeId, Map.of("frozen", true),
					Map.of("frozen", false, "rehiredOn", rehiredOn.toString()));
		}
	}
}
