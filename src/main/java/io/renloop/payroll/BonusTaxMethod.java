package io.renloop.payroll;

/** How an employee's annual one-time bonus is taxed, chosen per employee. */
public enum BonusTaxMethod {
	/** On its own, by the monthly table applied to the bonus ÷ 12 (Caishui [2018] 164, extended to 2027). */
	SEPARATE,
	/** Added to the month's income in the cumulative withholding. */
	MERGED
}
