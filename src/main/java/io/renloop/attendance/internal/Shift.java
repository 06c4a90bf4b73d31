package io.renloop.attendance.internal;

import io.renloop.attendance.ShiftTimes;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A shift of the tenant. An end at or before the start means the shift ends on the next day (a night shift).
 *
 * @param breakMinutes unpaid breaks
 * @param graceMinutes lateness tolerated before a day counts as late
 * @param flexibleMinutes how much later than the start one may come (弹性), working as much longer
 * @param minimumMinutes the working time that makes a day complete, 0 for the shift's paid time
 */
record Shift(String code, String nameZh, String nameEn, LocalTime start, LocalTime end, int breakMinutes,
		int graceMinutes, int flexibleMinutes, int minimumMinutes) {

	static final String STANDARD = "STD";

	/** Minutes from start to end, across midnight when the end is not after the start. */
	int spanMinutes() {
		long minutes = Duration.between(start, end).toMinutes();
		return (int) (minutes <= 0 ? minutes + 24 * 60 : minutes);
	}

	int paidMinutes() {
		return Math.max(0, spanMinutes() - breakMinutes);
	}

	ShiftTimes times() {
		return new ShiftTimes(code, start, end, paidMinutes(), graceMinutes, flexibleMinutes, minimumMinutes);
	}

	String name(boolean chinese) {
		return chinese ? nameZh : nameEn;
	}
}
