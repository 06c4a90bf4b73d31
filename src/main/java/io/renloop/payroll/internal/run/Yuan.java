package io.renloop.payroll.internal.run;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan to the fen, and their written form (10,000.00 with a thousands separator, the same in Chinese and English). */
final class Yuan {

	static final BigDecimal ZERO = new BigDecimal("0.00");

	private Yuan() {
	}

	static BigDecimal of(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * The amount to the fen (half to even, as {@code DecimalFormat} rounds) with a comma every three digits; written by
	 * hand because a payroll run writes a few million of them and {@code DecimalFormat} costs several times more.
	 */
	static String text(BigDecimal amount) {
		BigDecimal fen = amount.setScale(2, RoundingMode.HALF_EVEN);
		String digits = fen.abs().toPlainString();
		int point = digits.length() - 3;
		StringBuilder text = new StringBuilder(digits.length() + point / 3 + 1);
		if (fen.signum() < 0) {
			text.append('-');
		}
		for (int i = 0; i < point; i++) {
			if (i > 0 && (point - i) % 3 == 0) {
				text.append(',');
			}
			text.append(digits.charAt(i));
		}
		return text.append(digits, point, digits.length()).toString();
	}
}
