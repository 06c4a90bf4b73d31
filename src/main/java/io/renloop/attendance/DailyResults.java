package io.renloop.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Employees' daily results: frozen for closed months, computed on reading for open ones. */
public interface DailyResults {

	/** The most days one request covers. */
	int MAX_DAYS = 93;

	/** One result per date, within the caller's data scope (not found outside it). */
	List<DailyResult> of(UUID employeeId, LocalDate from, LocalDate to);
}
