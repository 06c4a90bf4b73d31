package io.renloop.platform;

import java.math.BigDecimal;

/**
 * Decimals read from people and programs. {@code 1e1000000} is a short text and a cheap {@link BigDecimal}, but
 * printing it ({@code toPlainString()}), rounding it or adding it to {@code 0.5} builds a million digits; no amount,
 * weight or rate the application handles needs an exponent beyond {@value #MAX_SCALE}, so such values are refused
 * where they are read (request bodies, form fields), before any code sees them.
 */
public final class Decimals {

	/** The largest exponent, either way, of a decimal the application reads. */
	public static final int MAX_SCALE = 100;

	private Decimals() {
	}

	/** Whether the value's exponent is small enough to print and compute with. */
	public static boolean tractable(BigDecimal value) {
		return Math.abs(value.scale()) <= MAX_SCALE;
	}

	/**
	 * Reads a decimal such as {@code 12000.50}; surrounding white space is ignored.
	 * @throws NumberFormatException when the text is no decimal or its exponent is beyond {@link #MAX_SCALE}
	 */
	public static BigDecimal parse(String text) {
		BigDecimal value = new BigDecimal(text.strip());
		if (!tractable(value)) {
			throw new NumberFormatException("Exponent beyond " + MAX_SCALE + ": " + text.strip());
		}
		return value;
	}
}
