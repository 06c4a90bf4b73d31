package io.renloop.workspace.web;

import io.renloop.attendance.DailyResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** One day of the employee's month as the phone shows it: clock times in the tenant's zone and the anomalies. */
public record DayRow(LocalDate date, String dayType, LocalTime firstIn, LocalTime lastOut, int lateMinutes,
		int earlyLeaveMinutes, boolean absent, boolean missingPunch, String leaveType, boolean halfDayLeave,
		int overtimeMinutes) {

	static DayRow of(DailyResult day, ZoneId zone) {
		DailyResult.Leave leave = day.leave();
		return new DayRow(day.date(), day.dayType().name(), local(day.firstIn(), zone), local(day.lastOut(), zone),
				day.lateMinutes(), day.earlyLeaveMinutes(), day.absent(), day.missingPunch(),
				leave == null ? null : leave.type(), leave != null && leave.fraction().doubleValue() < 1,
				day.overtime() == null ? 0 : day.overtime().total());
	}

	public boolean covered() {
		return leaveType != null;
	}

	private static LocalTime local(Instant at, ZoneId zone) {
		return at == null ? null : at.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
	}
}
