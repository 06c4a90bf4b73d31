package io.renloop.offboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The port through which offboarding learns what a leaver earned, without calling payroll (which sits above it,
 * ADR 0025): the payroll module implements it. Without payroll, or without published months, HR enters the wage.
 */
public interface RecentPay {

	/**
	 * The average monthly gross pay of the published months among the twelve up to the month of the last day.
	 *
	 * @return empty when no month was published for the employee
	 */
	Optional<AverageWage> averageMonthlyGross(UUID employeeId, LocalDate lastDay);

	/**
	 * @param amount the average, yuan with two decimals
	 * @param months how many published months it averages
	 */
	record AverageWage(BigDecimal amount, int months) {
	}
}
