package io.renloop.attendance.internal.results;

import io.renloop.attendance.DailyResult;
import io.renloop.attendance.DailyResult.Leave;
import io.renloop.attendance.DailyResult.Overtime;
import io.renloop.attendance.DayType;
import io.renloop.attendance.PeriodSummary;
import io.renloop.attendance.PeriodSummary.OvertimeHours;
import io.renloop.attendance.ShiftTimes;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The frozen results of closed months. Writes go in as one {@code unnest} insert per chunk of employees: a close of
 * 100,000 employees writes 3 million day rows, and row-by-row statements would take minutes.
 */
@Component
class FrozenResults {

	private final JdbcTemplate jdbc;

	FrozenResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void delete(String tenantId, String period) {
		jdbc.update("delete from attendance.daily_result where tenant_id = ? and period = ?", tenantId, period);
		jdbc.update("delete from attendance.monthly_result where tenant_id = ? and period = ?", tenantId, period);
	}

	/** Writes the results of a chunk of employees, replacing what an earlier attempt wrote for them. */
	void replace(String tenantId, String period, Map<UUID, List<DailyResult>> results) {
		UUID[] ids = results.keySet().toArray(UUID[]::new);
		for (String table : List.of("daily_result", "monthly_result")) {
			jdbc.update(con -> {
				var statement = con.prepareStatement("delete from attendance." + table
						+ " where tenant_id = ? and period = ? and employee_id = any(?)");
				statement.setString(1, tenantId);
				statement.setString(2, period);
				statement.setArray(3, con.createArrayOf("uuid", ids));
				return statement;
			});
		}
		write(tenantId, period, results);
	}

	private void write(String tenantId, String period, Map<UUID, List<DailyResult>> results) {
		int size = results.values().stream().mapToInt(List::size).sum();
		Object[][] columns = new Object[21][size];
		int row = 0;
		for (var entry : results.entrySet()) {
			for (DailyResult day : entry.getValue()) {
				Object[] values = { entry.getKey(), Date.valueOf(day.date()), day.dayType().name(),
						day.shift() == null ? null : day.shift().code(),
						day.shift() == null ? null : Time.valueOf(day.shift().start()),
						day.shift() == null ? null : Time.valueOf(day.shift().end()),
						day.shift() == null ? null : day.shift().paidMinutes(), timestamp(day.firstIn()),
						timestamp(day.lastOut()), day.workedMinutes(), day.lateMinutes(), day.earlyLeaveMinutes(),
						day.absent(), day.missingPunch(), day.leave() == null ? null : day.leave().type(),
						day.leave() == null ? null : day.leave().paid(),
						day.leave() == null ? null : day.leave().fraction(), day.overtime().workdayMinutes(),
						day.overtime().restDayMinutes(), day.overtime().holidayMinutes(),
						day.leave() == null ? null : day.leave().half() };
				for (int c = 0; c < values.length; c++) {
					columns[c][row] = values[c];
				}
				row++;
			}
		}
		String[] types = { "uuid", "date", "varchar", "varchar", "time", "time", "int4", "timestamptz", "timestamptz",
				"int4", "int4", "int4", "bool", "bool", "varchar", "bool", "numeric", "int4", "int4", "int4", "varchar" };
		jdbc.execute((Connection con) -> {
			try (var statement = con.prepareStatement("""
					insert into attendance.daily_result (tenant_id, period, employee_id, work_date, day_type, shift_code,
					       shift_start, shift_end, shift_paid_minutes, first_in, last_out, worked_minutes, late_minutes,
					       early_leave_minutes, absent, missing_punch, leave_type, leave_paid, leave_fraction,
					       ot_workday_minutes, ot_rest_day_minutes, ot_holiday_minutes, leave_half)
					select ?, ?, * from unnest(?::uuid[], ?::date[], ?::varchar[], ?::varchar[], ?::time[], ?::time[],
					       ?::int4[], ?::timestamptz[], ?::timestamptz[], ?::int4[], ?::int4[], ?::int4[], ?::bool[],
					       ?::bool[], ?::varchar[], ?::bool[], ?::numeric[], ?::int4[], ?::int4[], ?::int4[], ?::varchar[])""")) {
				statement.setString(1, tenantId);
				statement.setString(2, period);
				for (int c = 0; c < columns.length; c++) {
					statement.setArray(c + 3, con.createArrayOf(types[c], columns[c]));
				}
				return statement.executeUpdate();
			}
		});
		writeMonths(tenantId, period, results);
	}

	private void writeMonths(String tenantId, String period, Map<UUID, List<DailyResult>> results) {
		List<Object[]> rows = results.entrySet().stream().map(entry -> {
			PeriodSummary s = MonthTotals.of(entry.getValue(), true);
			return new Object[] { tenantId, period, entry.getKey(), s.workdays(), s.workedDays(), s.absentDays(),
					s.lateCount(), s.lateMinutes(), s.earlyLeaveCount(), s.paidLeaveDays(), s.unpaidLeaveDays(),
					s.sickLeaveDays(), minutes(entry.getValue(), 0), minutes(entry.getValue(), 1),
					minutes(entry.getValue(), 2) };
		}).toList();
		jdbc.batchUpdate("""
				insert into attendance.monthly_result (tenant_id, period, employee_id, workdays, worked_days, absent_days,
				       late_count, late_minutes, early_leave_count, paid_leave_days, unpaid_leave_days, sick_leave_days,
				       ot_workday_minutes, ot_rest_day_minutes, ot_holiday_minutes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private static int minutes(List<DailyResult> days, int kind) {
		return days.stream().mapToInt(d -> switch (kind) {
			case 0 -> d.overtime().workdayMinutes();
			case 1 -> d.overtime().restDayMinutes();
			default -> d.overtime().holidayMinutes();
		}).sum();
	}

	List<DailyResult> days(String tenantId, UUID employeeId, LocalDate from, LocalDate to) {
		return jdbc.query("""
				select * from attendance.daily_result where tenant_id = ? and employee_id = ? and work_date between ? and ?
				 order by work_date""", this::day, tenantId, employeeId, Date.valueOf(from), Date.valueOf(to));
	}

	Optional<PeriodSummary> month(String tenantId, String period, UUID employeeId) {
		return jdbc.query("select * from attendance.monthly_result where tenant_id = ? and period = ? and employee_id = ?",
				(rs, n) -> summary(rs), tenantId, period, employeeId).stream().findFirst();
	}

	Map<UUID, PeriodSummary> months(String tenantId, String period) {
		Map<UUID, PeriodSummary> months = new HashMap<>();
		jdbc.query("select * from attendance.monthly_result where tenant_id = ? and period = ?",
				rs -> {
					months.put(rs.getObject("employee_id", UUID.class), summary(rs));
				}, tenantId, period);
		return months;
	}

	private static PeriodSummary summary(ResultSet rs) throws SQLException {
		int overtime = rs.getInt("ot_workday_minutes") + rs.getInt("ot_rest_day_minutes")
				+ rs.getInt("ot_holiday_minutes");
		return new PeriodSummary(rs.getInt("workdays"), rs.getInt("worked_days"), rs.getInt("absent_days"),
				rs.getInt("late_count"), rs.getInt("late_minutes"), rs.getInt("early_leave_count"),
				rs.getBigDecimal("paid_leave_days"), rs.getBigDecimal("unpaid_leave_days"),
				rs.getBigDecimal("sick_leave_days"),
				new OvertimeHours(MonthTotals.hours(rs.getInt("ot_workday_minutes")),
						MonthTotals.hours(rs.getInt("ot_rest_day_minutes")),
						MonthTotals.hours(rs.getInt("ot_holiday_minutes"))),
				overtime > MonthTotals.MONTHLY_OVERTIME_LIMIT_MINUTES, true);
	}

	private DailyResult day(ResultSet rs, int rowNum) throws SQLException {
		String code = rs.getString("shift_code");
		ShiftTimes shift = code == null ? null : new ShiftTimes(code, rs.getTime("shift_start").toLocalTime(),
				rs.getTime("shift_end").toLocalTime(), rs.getInt("shift_paid_minutes"));
		String leaveType = rs.getString("leave_type");
		BigDecimal fraction = rs.getBigDecimal("leave_fraction");
		Leave leave = leaveType == null ? null
				: new Leave(leaveType, fraction, rs.getBoolean("leave_paid"), rs.getString("leave_half"));
		Overtime overtime = new Overtime(rs.getInt("ot_workday_minutes"), rs.getInt("ot_rest_day_minutes"),
				rs.getInt("ot_holiday_minutes"));
		return new DailyResult(rs.getDate("work_date").toLocalDate(), DayType.valueOf(rs.getString("day_type")), shift,
				instant(rs.getTimestamp("first_in")), instant(rs.getTimestamp("last_out")), rs.getInt("worked_minutes"),
				rs.getInt("late_minutes"), rs.getInt("early_leave_minutes"), rs.getBoolean("absent"),
				rs.getBoolean("missing_punch"), leave, overtime,
				overtime.total() > DayCalculator.DAILY_OVERTIME_LIMIT_MINUTES);
	}

	private static Timestamp timestamp(java.time.Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
