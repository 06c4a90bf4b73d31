package io.renloop.platform;

import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The money amounts (CNY, at most two decimals) the application accepts: constants for the bean validation of
 * request records, and {@link #problem} for the modules' own checks of input that comes from forms or other
 * modules. An amount beyond these is a typing error or an attack, never a pay.
 */
public final class AmountLimits {

	/** Integer digits of a monthly pay. */
	public static final int MONTHLY_PAY_DIGITS = 7;

	/** The largest monthly pay: 9,999,999.99. */
	public static final String MAX_MONTHLY_PAY = "9999999.99";

	/** Integer digits of any other amount (a recruiting cost, an approval threshold). */
	public static final int AMOUNT_DIGITS = 10;

	/** The largest other amount: 9,999,999,999.99. */
	public static final String MAX_AMOUNT = "9999999999.99";

	/** Decimals of an amount: fen. */
	public static final int FRACTION_DIGITS = 2;

	private AmountLimits() {
	}

	/**
	 * The problem of an amount outside {@code min}…{@code max} or with more than two decimals, under the key
	 * {@code validation.amount.range}; empty for null, which callers check as required or not.
	 */
	public static Optional<FieldProblem> problem(String field, BigDecimal value, BigDecimal min, String max) {
		BigDecimal upper = new BigDecimal(max);
		if (value == null || (value.compareTo(min) >= 0 && value.compareTo(upper) <= 0
				&& value.stripTrailingZeros().scale() <= FRACTION_DIGITS)) {
			return Optional.empty();
		}
		return Optional.of(new FieldProblem(field, "validation.amount.range", min.toPlainString(), max));
	}

	/** @throws InvalidFieldsException with the {@link #problem} of the amount, if it has one */
	public static void check(String field, BigDecimal value, BigDecimal min, String max) {
		problem(field, value, min, max).ifPresent(problem -> {
			throw new InvalidFieldsException(List.of(problem));
		});
	}
}
