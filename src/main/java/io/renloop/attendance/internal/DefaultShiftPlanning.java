package io.renloop.attendance.internal;

import io.renloop.attendance.ShiftPlanning;
import io.renloop.employee.EmployeeDepartments;
import io.renloop.organization.Organization;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultShiftPlanning implements ShiftPlanning {

	/** Longest period planned by hand in one request. */
	static final int MAX_PLANNED_DAYS = 62;

	private final AttendanceDefaults defaults;

	private final ScheduleStore store;

	private final Organization organization;

	private final EmployeeDepartments employees;

	private final AuditTrail audit;

	DefaultShiftPlanning(AttendanceDefaults defaults, ScheduleStore store, Organization organization,
			EmployeeDepartments employees, AuditTrail audit) {
		this.defaults = defaults;
		this.store = store;
		this.organization = organization;
		this.employees = employees;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShiftView> shifts() {
		return store.shifts(tenant()).values().stream().map(DefaultShiftPlanning::view).toList();
	}

	@Override
	public ShiftView saveShift(String code, SaveShift command) {
		if (code == null || !code.matches(CODE)) {
			throw InvalidFieldsException.of("code", "attendance.shift.badCode");
		}
		String tenant = tenant();
		Shift shift = new Shift(code, command.nameZh().strip(), command.nameEn().strip(), command.start(),
				command.end(), command.breakMinutes(), command.graceMinutes(), command.flexibleMinutes(),
				command.minimumMinutes());
		if (shift.breakMinutes() >= shift.spanMinutes()) {
			throw InvalidFieldsException.of("breakMinutes", "attendance.shift.breakTooLong");
		}
		Shift before = store.shifts(tenant).get(code);
		if (before == null) {
			store.createShift(tenant, shift);
		}
		else {
			store.updateShift(tenant, shift);
		}
		audit.recordChange(before == null ? "CREATE" : "UPDATE", "Shift", code, before == null ? null : view(before),
				view(shift));
		return view(shift);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RotationView> rotations() {
		return store.rotations(tenant()).values().stream().map(DefaultShiftPlanning::view).toList();
	}

	@Override
	public RotationView createRotation(SaveRotation command) {
		String tenant = tenant();
		Set<String> shifts = store.shifts(tenant).keySet();
		for (int i = 0; i < command.cycle().size(); i++) {
			String slot = command.cycle().get(i).strip();
			if (!Rotation.REST.equals(slot) && !shifts.contains(slot)) {
				throw InvalidFieldsException.of("cycle[" + i + "]", "attendance.rotation.unknownShift", slot);
			}
		}
		Rotation rotation = new Rotation(UUID.randomUUID(), command.code(), command.nameZh().strip(),
				command.nameEn().strip(), command.cycle().stream().map(String::strip).toList(), command.startDate());
		if (!store.createRotation(tenant, rotation)) {
			throw new BusinessRuleException("attendance.rotation.codeTaken", command.code());
		}
		audit.recordChange("CREATE", "Rotation", rotation.id(), null, view(rotation));
		return view(rotation);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AssignmentView> assignments() {
		String tenant = tenant();
		Map<UUID, Rotation> rotations = store.rotations(tenant);
		return store.allAssignments(tenant).stream().map(a -> view(a, rotations)).toList();
	}

	@Override
	public AssignmentView assignRotation(AssignRotation command) {
		String tenant = tenant();
		if ((command.departmentId() == null) == (command.employeeId() == null)) {
			throw InvalidFieldsException.of("departmentId", "attendance.assignment.oneTarget");
		}
		if (command.effectiveTo() != null && command.effectiveTo().isBefore(command.effectiveFrom())) {
			throw InvalidFieldsException.of("effectiveTo", "attendance.assignment.endsBeforeStart");
		}
		Map<UUID, Rotation> rotations = store.rotations(tenant);
		Rotation rotation = rotations.values()
			.stream()
			.filter(r -> r.code().equals(command.rotationCode()))
			.findFirst()
			.orElseThrow(() -> InvalidFieldsException.of("rotationCode", "attendance.rotation.unknown",
					command.rotationCode()));
		if (command.departmentId() != null) {
			organization.department(command.departmentId());
		}
		else {
			requireEmployees(List.of(command.employeeId()));
		}
		RotationAssignment assignment = new RotationAssignment(UUID.randomUUID(), rotation.id(), command.departmentId(),
				command.employeeId(), command.effectiveFrom(), command.effectiveTo(), command.offsetDays());
		store.endOpenAssignments(tenant, command.departmentId(), command.employeeId(), command.effectiveFrom());
		store.assign(tenant, assignment);
		AssignmentView view = view(assignment, rotations);
		audit.recordChange("ASSIGN", "RotationAssignment", assignment.id(), null, view);
		return view;
	}

	@Override
	public int planDays(PlanDays command) {
		String tenant = tenant();
		if (command.to().isBefore(command.from())
				|| command.to().toEpochDay() - command.from().toEpochDay() >= MAX_PLANNED_DAYS) {
			throw InvalidFieldsException.of("to", "attendance.period.invalid", MAX_PLANNED_DAYS);
		}
		if (command.shiftCode() != null && !store.shifts(tenant).containsKey(command.shiftCode())) {
			throw InvalidFieldsException.of("shiftCode", "attendance.rotation.unknownShift", command.shiftCode());
		}
		requireEmployees(command.employeeIds());
		int planned = 0;
		for (UUID employee : Set.copyOf(command.employeeIds())) {
			for (LocalDate day = command.from(); !day.isAfter(command.to()); day = day.plusDays(1)) {
				store.plan(tenant, employee, day, command.shiftCode(), "MANUAL");
				planned++;
			}
		}
		Map<String, Object> after = new HashMap<>();
		after.put("employees", command.employeeIds().size());
		after.put("from", command.from().toString());
		after.put("to", command.to().toString());
		after.put("shiftCode", command.shiftCode());
		audit.recordChange("PLAN_DAYS", "Schedule", command.from(), null, after);
		return planned;
	}

	private void requireEmployees(List<UUID> ids) {
		Map<UUID, UUID> known = employees.departmentsOf(ids);
		ids.stream().filter(id -> !known.containsKey(id)).findFirst().ifPresent(id -> {
			throw new NotFoundException("Employee", id);
		});
	}

	private String tenant() {
		String tenant = TenantContext.require();
		defaults.ensure(tenant);
		return tenant;
	}

	static ShiftView view(Shift s) {
		return new ShiftView(s.code(), s.nameZh(), s.nameEn(), s.start(), s.end(), s.breakMinutes(), s.graceMinutes(),
				s.flexibleMinutes(), s.minimumMinutes(), s.paidMinutes(), s.times().crossesMidnight());
	}

	static RotationView view(Rotation r) {
		return new RotationView(r.id(), r.code(), r.nameZh(), r.nameEn(), r.cycle(), r.startDate());
	}

	private static AssignmentView view(RotationAssignment a, Map<UUID, Rotation> rotations) {
		Rotation rotation = rotations.get(a.rotationId());
		return new AssignmentView(a.id(), rotation == null ? null : rotation.code(), a.departmentId(), a.employeeId(),
				a.effectiveFrom(), a.effectiveTo(), a.offsetDays());
	}
}
