package io.renloop.payroll.internal.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in yuan to the fen, and their written form (10,000.00 with a thousands separator, the same in Chinese and English). */
final class Yuan {

	static final BigDecimal ZERO = new BigDecimal("0.00");

	private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal
		.withInitial(() -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));

	private Yuan() {
	}

	static BigDecimal of(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	static String text(BigDecimal amount) {
		return FORMAT.get().format(amount);
	}
}
