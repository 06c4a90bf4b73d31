package io.renloop.attendance.internal.results;

import io.renloop.attendance.AttendancePeriodReopened;
import io.renloop.attendance.AttendancePeriods;
import io.renloop.attendance.PeriodSummary;
import io.renloop.employee.Employees;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BackgroundJobs;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultAttendancePeriods implements AttendancePeriods {

	private final BackgroundJobs jobs;

	private final MonthCloseJob closeJob;

	private final PeriodStates periods;

	private final FrozenResults frozen;

	private final DailyComputation computation;

	private final Employees employees;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TenantTime time;

	DefaultAttendancePeriods(BackgroundJobs jobs, MonthCloseJob closeJob, PeriodStates periods, FrozenResults frozen,
			DailyComputation computation, Employees employees, AuditTrail audit, ApplicationEventPublisher events,
			TenantTime time) {
		this.jobs = jobs;
		this.closeJob = closeJob;
		this.periods = periods;
		this.frozen = frozen;
		this.computation = computation;
		this.employees = employees;
		this.audit = audit;
		this.events = events;
		this.time = time;
	}

	@Override
	@Transactional
	public UUID close(YearMonth period) {
		String tenantId = TenantContext.require();
		if (period.isAfter(YearMonth.from(time.today()))) {
			throw new BusinessRuleException("timeclock.close.future", period.toString());
		}
		if (periods.closed(tenantId, period.toString())) {
			throw new BusinessRuleException("timeclock.close.alreadyClosed", period.toString());
		}
		if (jobs.unfinished(MonthCloseJob.TYPE) > 0) {
			throw new BusinessRuleException("timeclock.close.running", period.toString());
		}
		int employees = closeJob.employees(period).size();
		UUID jobId = jobs.submit(MonthCloseJob.TYPE, Map.of("month", period.toString()), employees,
				Permission.ATTENDANCE_ADMIN);
		audit.recordChange("CLOSE", "AttendancePeriod", period.toString(), null, Map.of("jobId", jobId));
		return jobId;
	}

	@Override
	public boolean isClosed(YearMonth period) {
		return periods.closed(TenantContext.require(), period.toString());
	}

	@Override
	@Transactional
	public void reopen(YearMonth period, String reason) {
		String tenantId = TenantContext.require();
		var now = time.clock().instant();
		if (!periods.markReopened(tenantId, period.toString(), now, reason)) {
			throw new BusinessRuleException("timeclock.reopen.notClosed", period.toString());
		}
		audit.recordChange("REOPEN", "AttendancePeriod", period.toString(), Map.of("status", "CLOSED"),
				Map.of("status", "OPEN", "reason", reason));
		events.publishEvent(new AttendancePeriodReopened(tenantId, period.toString(), reason, now));
	}

	@Override
	@Transactional(readOnly = true)
	public PeriodSummary summary(YearMonth period, UUID employeeId) {
		employees.get(employeeId); // not found outside the caller's data scope
		String tenantId = TenantContext.require();
		if (periods.closed(tenantId, period.toString())) {
			return frozen.month(tenantId, period.toString(), employeeId)
				.orElseGet(() -> MonthTotals.of(List.of(), true));
		}
		return MonthTotals.of(computation
			.compute(tenantId, List.of(employeeId), period.atDay(1), period.atEndOfMonth())
			.get(employeeId), false);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, PeriodSummary> closedMonth(YearMonth period) {
		String tenantId = TenantContext.require();
		return periods.closed(tenantId, period.toString()) ? frozen.months(tenantId, period.toString()) : Map.of();
	}
}
