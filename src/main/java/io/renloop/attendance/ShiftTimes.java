package io.renloop.attendance;

import java.time.LocalTime;

/**
 * A shift as a schedule shows it: {@code end} before {@code start} means the shift crosses midnight and ends on the
 * next day; {@code paidMinutes} is the working time without unpaid breaks. The shift's own tolerances, 0 where it has
 * none: {@code graceMinutes} of lateness or early leave not counted (0: the tenant's clock rule applies),
 * {@code flexibleMinutes} one may come later than the start, working as much longer (弹性), and
 * {@code minimumMinutes} of work that make the day complete, so that leaving earlier is not counted.
 */
public record ShiftTimes(String code, LocalTime start, LocalTime end, int paidMinutes, int graceMinutes,
		int flexibleMinutes, int minimumMinutes) {

	/** A shift without tolerances of its own (a frozen day keeps only its times: its figures are final). */
	public ShiftTimes(String code, LocalTime start, LocalTime end, int paidMinutes) {
		this(code, start, end, paidMinutes, 0, 0, 0);
	}

	public boolean crossesMidnight() {
		return !end.isAfter(start);
	}
}
