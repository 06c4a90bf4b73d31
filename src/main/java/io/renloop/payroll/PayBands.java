package io.renloop.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current tenant's pay bands per position, effective-dated like the pay structures, and where employees' pay
 * sits in them. Amounts stay in payroll: other modules get only the ratio of {@link #positionInBand}.
 */
public interface PayBands {

	/** Every version of every position's band, by position code, newest version first (PAYROLL_READ). */
	List<PayBandView> list();

	/**
	 * Saves the position's band from a day on (PAYROLL_ADMIN, audited): 404 for an unknown position, 400 naming
	 * the field when minimum ≤ midpoint ≤ maximum does not hold; a version of the same day is replaced.
	 */
	PayBandView save(UUID positionId, SavePayBand command);

	/**
	 * Where each employee's pay sits in their position's band on a day: the base of the pay structure version in
	 * force that day divided by the midpoint of the band version of their position in force that day, minus one,
	 * rounded to four decimals (-0.1800 = 18 % below the midpoint). The position is the employee's current one,
	 * from the employee module's {@code EmployeeDirectory} (the directory keeps no position history); employees
	 * without a structure, a position or a band that day are left out. One audited sensitive read per call.
	 */
	Map<UUID, BigDecimal> positionInBand(Collection<UUID> employeeIds, LocalDate day);
}
