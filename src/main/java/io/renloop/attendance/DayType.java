package io.renloop.attendance;

/**
 * The one type every date of a work calendar has. The difference between a statutory holiday and a rest day decides
 * 300 % or 200 % overtime pay (Labour Law art. 44).
 */
public enum DayType {
	/** An ordinary working day. */
	WORKDAY,
	/** A weekend, or a day off created by the holiday arrangement (not statutory). */
	REST_DAY,
	/** One of the 13 days the law names (元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3). */
	STATUTORY_HOLIDAY,
	/** A weekend day worked because of the holiday arrangement (调休上班). */
	MAKEUP_WORKDAY;

	public boolean isWorkingDay() {
		return this == WORKDAY || this == MAKEUP_WORKDAY;
	}
}
