package io.renloop.payroll.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The written form of amounts on payslip explanations: to the fen, a comma every three digits. */
class YuanAreWrittenWithThousandsSeparatorsTests {

	@Test
	void amountsAreWrittenToTheFenWithSeparators() {
		assertThat(Yuan.text(new BigDecimal("0"))).isEqualTo("0.00");
		assertThat(Yuan.text(new BigDecimal("5.5"))).isEqualTo("5.50");
		assertThat(Yuan.text(new BigDecimal("999.999"))).isEqualTo("1,000.00");
		assertThat(Yuan.text(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
		assertThat(Yuan.text(new BigDecimal("-12345.675"))).isEqualTo("-12,345.68");
		assertThat(Yuan.text(new BigDecimal("275.8620689655"))).isEqualTo("275.86");
	}

	@Test
	void theWrittenFormIsWhatDecimalFormatWrites() {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 20_000; i++) {
			BigDecimal amount = BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L),
					random.nextInt(0, 6));
			if (amount.setScale(2, java.math.RoundingMode.HALF_EVEN).signum() == 0) {
				continue; // DecimalFormat writes "-0.00" for tiny negatives; payslips say 0.00
			}
			assertThat(Yuan.text(amount)).as("%s", amount).isEqualTo(format.format(amount));
		}
	}
}
