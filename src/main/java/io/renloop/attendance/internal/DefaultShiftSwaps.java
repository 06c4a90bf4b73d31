package io.renloop.attendance.internal;

import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftSwaps;
import io.renloop.attendance.WorkSchedules;
import io.renloop.employee.EmployeeDepartments;
import io.renloop.employee.Employees;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultShiftSwaps implements ShiftSwaps {

	static final String ENTITY = "ShiftSwap";

	private final ShiftSwapStore store;

	private final WorkSchedules schedules;

	private final Employees employees;

	private final EmployeeDepartments departments;

	private final ApprovalRequests approvals;

	private final TenantTime time;

	private final AuditTrail audit;

	private final ScheduleStore schedule;

	private final VisibleStaff visible;

	DefaultShiftSwaps(ShiftSwapStore store, WorkSchedules schedules, Employees employees,
			EmployeeDepartments departments, ApprovalRequests approvals, TenantTime time, AuditTrail audit,
			ScheduleStore schedule, VisibleStaff visible) {
		this.schedule = schedule;
		this.visible = visible;
		this.store = store;
		this.schedules = schedules;
		this.employees = employees;
		this.departments = departments;
		this.approvals = approvals;
		this.time = time;
		this.audit = audit;
	}

	@Override
	public SwapView request(RequestSwap command) {
		CurrentUser user = CurrentUser.require();
		UUID requester = command.employeeId() != null ? command.employeeId() : user.employeeId();
		if (requester == null) {
			throw InvalidFieldsException.of("employeeId", "attendance.schedule.employeeRequired");
		}
		employees.get(requester); // the caller's data scope
		if (!departments.departmentsOf(List.of(command.partnerId())).containsKey(command.partnerId())) {
			throw new NotFoundException("Employee", command.partnerId());
		}
		if (requester.equals(command.partnerId())) {
			throw InvalidFieldsException.of("partnerId", "attendance.swap.samePerson");
		}
		if (command.date().isBefore(time.today())) {
			throw InvalidFieldsException.of("date", "attendance.swap.past");
		}
		// a leaver has no shift after the last day to give or take
		schedule.lastDays(TenantContext.require(), List.of(requester, command.partnerId()))
			.values()
			.stream()
			.filter(lastDay -> lastDay.isBefore(command.date()))
			.findFirst()
			.ifPresent(lastDay -> {
				throw new BusinessRuleException("attendance.swap.employmentEnded", lastDay);
			});
		Map<UUID, List<ScheduledDay>> days = schedules.schedules(List.of(requester, command.partnerId()),
				command.date(), command.date());
		if (Objects.equals(code(days.get(requester).get(0)), code(days.get(command.partnerId()).get(0)))) {
			throw new BusinessRuleException("attendance.swap.sameShift", command.date());
		}
		SwapView swap = new SwapView(UUID.randomUUID(), requester, command.partnerId(), command.date(), "PENDING",
				command.reason());
		store.insert(TenantContext.require(), swap, command.reason(), user.email());
		approvals.start(new ApprovalRequest(SUBJECT_TYPE, swap.id(), "调班 Shift swap · " + command.date(), null,
				requester, null, Map.of("date", command.date().toString(), "partnerId", command.partnerId().toString())));
		audit.recordChange("REQUEST", ENTITY, swap.id(), null, swap);
		return swap;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SwapView> list(String status) {
		return store.list(TenantContext.require(), Statuses.checked(status, "PENDING", "APPROVED", "REJECTED",
				"RETURNED", "CANCELLED"), visible.asArray(), LIST_LIMIT);
	}

	static String code(ScheduledDay day) {
		return day.shift() == null ? null : day.shift().code();
	}
}
