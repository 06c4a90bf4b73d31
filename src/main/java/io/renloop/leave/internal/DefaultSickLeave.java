package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.leave.LeaveStatus;
import io.renloop.leave.MedicalPeriodView;
import io.renloop.leave.SickLeave;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The medical period as a computed view: its length from {@link MedicalPeriodRule}, the window ending today, and the
 * calendar days of approved sick leave within it (the medical period counts holidays, 劳部发〔1995〕236号).
 */
@Service
@Transactional(readOnly = true)
class DefaultSickLeave implements SickLeave {

	private static final int DAYS_PER_MONTH = 30;

	private final VisibleEmployees employees;

	private final LeaveRequestRepository requests;

	private final TenantTime time;

	DefaultSickLeave(VisibleEmployees employees, LeaveRequestRepository requests, TenantTime time) {
		this.employees = employees;
		this.requests = requests;
		this.time = time;
	}

	@Override
	public MedicalPeriodView medicalPeriod(UUID employeeId) {
		EmployeeDetails employee = employees.get(employeeId);
		LocalDate today = time.today();
		MedicalPeriodRule.Entitlement entitlement = MedicalPeriodRule.of(employee.workStartDate(),
				employee.hireDate(), today);
		LocalDate windowStart = today.minusMonths(entitlement.windowMonths()).plusDays(1);
		long used = requests.overlapping(employee.id(), BuiltInTypes.SICK, EnumSet.of(LeaveStatus.APPROVED),
				windowStart, today)
			.stream()
			.mapToLong(r -> ChronoUnit.DAYS.between(max(r.startDate(), windowStart), min(r.endDate(), today)) + 1)
			.sum();
		long total = (long) entitlement.months() * DAYS_PER_MONTH;
		return new MedicalPeriodView(employee.id(), MedicalPeriodRule.years(employee.workStartDate() == null
				? employee.hireDate() : employee.workStartDate(), today), MedicalPeriodRule.years(employee.hireDate(),
						today), entitlement.months(), entitlement.windowMonths(), windowStart, used,
				Math.max(0, total - used));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
