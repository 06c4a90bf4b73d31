package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeDirectory.Employment;
import io.renloop.leave.AdjustBalance;
import io.renloop.leave.LeaveBalanceView;
import io.renloop.leave.LeaveBalances;
import io.renloop.leave.LeaveTypeView;
import io.renloop.leave.LeaveTypes;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultLeaveBalances implements LeaveBalances {

	private final VisibleEmployees employees;

	private final LeaveTypes types;

	private final BalanceLedger ledger;

	private final BalanceGrants grants;

	private final AuditTrail audit;

	private final TenantTime time;

	private final BalanceFreezes freezes;

	DefaultLeaveBalances(VisibleEmployees employees, LeaveTypes types, BalanceLedger ledger, BalanceGrants grants,
			AuditTrail audit, TenantTime time, BalanceFreezes freezes) {
		this.freezes = freezes;
		this.employees = employees;
		this.types = types;
		this.ledger = ledger;
		this.grants = grants;
		this.audit = audit;
		this.time = time;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LeaveBalanceView> of(UUID employeeId) {
		return balances(BalanceLedger.employment(employees.get(employeeId)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<LeaveBalanceView> mine() {
		return balances(employees.myEmployment());
	}

	@Override
	public List<LeaveBalanceView> adjust(AdjustBalance command) {
		Employment employee = BalanceLedger.employment(employees.get(command.employeeId()));
		freezes.requireOpen(employee.id());
		LeaveTypeView type = types.list().stream().filter(t -> t.code().equals(command.type()) && t.hasBalance())
			.findFirst()
			.orElseThrow(() -> InvalidFieldsException.of("type", "error.leave.noBalance"));
		LocalDate today = time.today();
		int year = command.year() == null ? today.getYear() : command.year();
		if (year < today.getYear() - 1 || year > today.getYear() + 1) {
			throw InvalidFieldsException.of("year", "error.leave.adjustYear", today.getYear() - 1, today.getYear() + 1);
		}
		if (command.days().remainder(LeaveSpan.HALF).signum() != 0) {
			throw InvalidFieldsException.of("days", "error.leave.halfDays");
		}
		LeaveBalanceView before = ledger.balance(employee, type.code(), year, today);
		UUID id = grants.add(employee.id(), type.code(), year, command.days(), "ADJUSTMENT", command.reason().strip(),
				CurrentUser.require().email(), time.clock().instant());
		LeaveBalanceView after = ledger.balance(employee, type.code(), year, today);
		audit.recordChange("ADJUST", "LeaveBalance", id, before, Map.of("balance", after, "employeeId",
				employee.id(), "days", command.days(), "reason", command.reason().strip()));
		return balances(employee);
	}

	private List<LeaveBalanceView> balances(Employment employee) {
		LocalDate today = time.today();
		List<String> withBalance = types.list().stream().filter(LeaveTypeView::hasBalance).map(LeaveTypeView::code)
			.toList();
		return ledger.balances(employee, withBalance, today.getYear(), today);
	}
}
