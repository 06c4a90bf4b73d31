package io.renloop.payroll.internal.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan amounts of the tax rules: two decimals (fen), half up where the rules compute a fraction of a fen. */
final class Yuan {

	static final BigDecimal ZERO = new BigDecimal("0.00");

	private Yuan() {
	}

	/** The amount rounded to the fen, half up (0.005 is one fen). */
	static BigDecimal fen(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * The amount with scale 2, for input that must already be whole fen: a negative amount or a fraction of a fen
	 * is a caller's mistake (the API refuses both before calling), so it fails instead of being rounded away.
	 */
	static BigDecimal exact(String name, BigDecimal amount) {
		if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(name + " must be zero or more, in whole fen: " + amount);
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** The larger of zero and the amount. */
	static BigDecimal notNegative(BigDecimal amount) {
		return amount.signum() < 0 ? ZERO : amount;
	}
}
