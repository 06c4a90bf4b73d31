package io.renloop.payroll.internal.band;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.payroll.internal.band.PayInBand.Dated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pay against the band on a day is the base of the structure version in force that day over the midpoint of the band
 * version in force that day, minus one, to four decimals: what was decided after the day does not count.
 */
class PayVsBandTakesTheVersionsInForceOnTheDayTests {

	static final LocalDate DAY = LocalDate.of(2026, 6, 30);

	static final List<Dated> BAND = List.of(new Dated(LocalDate.of(2026, 1, 1), new BigDecimal("10000.00")));

	@Test
	void eightThousandTwoHundredAgainstAMidpointOfTenThousandIsEighteenPercentBelow() {
		List<Dated> bases = List.of(new Dated(LocalDate.of(2026, 1, 1), new BigDecimal("8200.00")));

		assertThat(PayInBand.ratio(bases, BAND, DAY)).contains(new BigDecimal("-0.1800"));
	}

	@Test
	void aRaiseAfterTheDayDoesNotCount() {
		List<Dated> bases = List.of(new Dated(LocalDate.of(2025, 3, 1), new BigDecimal("9000.00")),
				new Dated(LocalDate.of(2026, 2, 1), new BigDecimal("11500.00")),
				new Dated(DAY.plusDays(1), new BigDecimal("20000.00")));

		assertThat(PayInBand.ratio(bases, BAND, DAY)).contains(new BigDecimal("0.1500"));
	}

	@Test
	void aBandVersionAfterTheDayDoesNotCount() {
		List<Dated> bases = List.of(new Dated(LocalDate.of(2026, 1, 1), new BigDecimal("9000.00")));
		List<Dated> bands = List.of(new Dated(LocalDate.of(2025, 1, 1), new BigDecimal("9000.00")),
				new Dated(LocalDate.of(2026, 7, 1), new BigDecimal("12000.00")));

		assertThat(PayInBand.ratio(bases, bands, DAY)).contains(new BigDecimal("0.0000"));
		assertThat(PayInBand.ratio(bases, bands, DAY.plusDays(1))).contains(new BigDecimal("-0.2500"));
	}

	@Test
	void theRatioIsRoundedHalfUpToFourDecimals() {
		List<Dated> bases = List.of(new Dated(LocalDate.of(2026, 1, 1), new BigDecimal("10000.00")));
		List<Dated> band = List.of(new Dated(LocalDate.of(2026, 1, 1), new BigDecimal("30000.00")));

		assertThat(PayInBand.ratio(bases, band, DAY)).contains(new BigDecimal("-0.6667"));
	}

	@Test
	void withoutAStructureOrABandInForceThereIsNoRatio() {
		List<Dated> bases = List.of(new Dated(LocalDate.of(2026, 1, 1), new BigDecimal("8200.00")));
		List<Dated> later = List.of(new Dated(DAY.plusDays(1), new BigDecimal("8200.00")));

		assertThat(PayInBand.ratio(later, BAND, DAY)).isEmpty();
		assertThat(PayInBand.ratio(bases, later, DAY)).isEmpty();
		assertThat(PayInBand.ratio(bases, List.of(), DAY)).isEmpty();
	}
}
