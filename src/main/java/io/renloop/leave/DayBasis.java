package io.renloop.leave;

/**
 * How a leave's days are counted, as its rule says: only the employee's working days on their calendar and shifts
 * (annual leave: rest days and holidays within it are not leave days), or every calendar day (maternity leave).
 */
public enum DayBasis {
	WORKING_DAYS, CALENDAR_DAYS
}
