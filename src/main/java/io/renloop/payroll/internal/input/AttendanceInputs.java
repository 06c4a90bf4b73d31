package io.renloop.payroll.internal.input;

import io.renloop.attendance.AttendancePeriodClosed;
import io.renloop.attendance.AttendancePeriodReopened;
import io.renloop.attendance.AttendancePeriods;
import io.renloop.attendance.PeriodSummary;
import io.renloop.platform.TenantTransactions;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Copies a closed attendance month into payroll's inputs when attendance announces the close (or when a run
 * needs it first). Idempotent: the
 * month's rows are replaced as a whole, so a redelivery (or a re-close after a reopen) leaves exactly the frozen
 * figures.
 */
@Component
public class AttendanceInputs {

	private final AttendancePeriods periods;

	private final JdbcTemplate jdbc;

	private final TenantTransactions inTenant;

	AttendanceInputs(AttendancePeriods periods, JdbcTemplate jdbc, TenantTransactions inTenant) {
		this.periods = periods;
		this.jdbc = jdbc;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AttendancePeriodClosed closed) {
		inTenant.run(closed.tenantId(), () -> copy(closed.tenantId(), YearMonth.parse(closed.period())));
	}

	/** A reopened month's figures are no longer final: payroll forgets them until the month is closed again. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AttendancePeriodReopened reopened) {
		inTenant.run(reopened.tenantId(), () -> jdbc.update(
				"delete from payroll.attendance_input where tenant_id = ? and period = ?", reopened.tenantId(),
				reopened.period()));
	}

	/** Replaces the month's copied figures with attendance's frozen ones (in the caller's transaction). */
	public void copy(String tenantId, YearMonth period) {
		Map<UUID, PeriodSummary> month = periods.closedMonth(period);
		jdbc.update("delete from payroll.attendance_input where tenant_id = ? and period = ?", tenantId,
				period.toString());
		List<Object[]> rows = month.entrySet().stream().map(entry -> {
			PeriodSummary s = entry.getValue();
			return new Object[] { tenantId, period.toString(), entry.getKey(), s.workdays(), s.absentDays(),
					s.lateMinutes(), s.unpaidLeaveDays(), s.sickLeaveDays(), s.overtime().workdayHours(),
					s.overtime().restDayHours(), s.overtime().holidayHours() };
		}).toList();
		jdbc.batchUpdate("""
				insert into payroll.attendance_input (tenant_id, period, employee_id, workdays, absent_days, late_minutes,
				       unpaid_leave_days, sick_leave_days, overtime_workday_hours, overtime_rest_day_hours,
				       overtime_holiday_hours) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/**
	 * A month's copied figures by employee; absent employees had no attendance results. A closed month not copied
	 * yet (its event still on its way) is copied now, so a run never misses a closed month.
	 */
	public Map<UUID, MonthFigures> month(String tenantId, String period) {
		if (!copied(tenantId, period) && periods.isClosed(YearMonth.parse(period))) {
			copy(tenantId, YearMonth.parse(period));
		}
		Map<UUID, MonthFigures> figures = new HashMap<>();
		jdbc.query("select * from payroll.attendance_input where tenant_id = ? and period = ?", rs -> {
			figures.put(rs.getObject("employee_id", UUID.class),
					new MonthFigures(rs.getInt("workdays"), rs.getInt("absent_days"), rs.getInt("late_minutes"),
							rs.getBigDecimal("unpaid_leave_days"), rs.getBigDecimal("sick_leave_days"),
							rs.getBigDecimal("overtime_workday_hours"), rs.getBigDecimal("overtime_rest_day_hours"),
							rs.getBigDecimal("overtime_holiday_hours")));
		}, tenantId, period);
		return figures;
	}

	private boolean copied(String tenantId, String period) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from payroll.attendance_input where tenant_id = ? and period = ?)",
				Boolean.class, tenantId, period));
	}

	/** The figures of an employee's closed month that pay depends on. */
	public record MonthFigures(int workdays, int absentDays, int lateMinutes, BigDecimal unpaidLeaveDays,
			BigDecimal sickLeaveDays, BigDecimal overtimeWorkdayHours, BigDecimal overtimeRestDayHours,
			BigDecimal overtimeHolidayHours) {

		public static final MonthFigures NONE = new MonthFigures(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
	}
}
