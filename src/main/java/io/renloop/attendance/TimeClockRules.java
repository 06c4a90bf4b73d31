package io.renloop.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's time clock rules as effective-dated versions: grace minutes for lateness and early leave, the
 * shortest overtime that counts, whether overtime counts only when approved or automatically, and how many clock
 * corrections an employee may ask for per month. Until a tenant sets its own the defaults apply (5 minutes, 30
 * minutes, approved only, 3 corrections). Each day is computed with the version in force on it; frozen results of
 * closed months never change.
 */
public interface TimeClockRules {

	/** The defaults of a tenant that never set its own, in force since {@link #SINCE_EVER}. */
	Version DEFAULTS = new Version(LocalDate.of(2000, 1, 1), 5, 30, "APPROVED", 3);

	/** The date of the default version and of the versions carried over from the undated settings. */
	LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);

	/** The version in force on the date and every version of the tenant, oldest first. */
	RulesView inForce(LocalDate on);

	/**
	 * Sets the rules from a date (today when null), replacing a version of the same date; audited. A date in a closed
	 * month is refused (409): its results are frozen.
	 */
	RulesView change(ChangeRules command);

	/** The rules to set; {@code overtimeRule} APPROVED (only approved overtime counts) or AUTOMATIC. */
	record ChangeRules(LocalDate effectiveFrom, @NotNull @Min(0) @Max(120) Integer graceMinutes,
			@NotNull @Min(0) @Max(240) Integer minOvertimeMinutes, @NotNull String overtimeRule,
			@NotNull @Min(0) @Max(31) Integer correctionMonthlyLimit) {
	}

	/** One version of the rules. */
	record Version(LocalDate effectiveFrom, int graceMinutes, int minOvertimeMinutes, String overtimeRule,
			int correctionMonthlyLimit) {
	}

	/** The rules in force on a date, and every version. */
	record RulesView(LocalDate on, Version inForce, List<Version> versions) {
	}
}
