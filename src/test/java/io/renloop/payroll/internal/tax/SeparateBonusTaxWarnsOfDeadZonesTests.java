package io.renloop.payroll.internal.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An annual bonus taxed separately (Caishui [2018] 164): the whole bonus at the monthly table's rate of one
 * twelfth, the quick deduction once; and the dead zones above each bracket limit where a larger bonus leaves less.
 */
class SeparateBonusTaxWarnsOfDeadZonesTests {

	static final BigDecimal CENT = new BigDecimal("0.01");

	@ParameterizedTest(name = "bonus {0}: {1} x bonus - {2} = {3}")
	@CsvSource({ "0, 0.03, 0.00, 0.00", "36000, 0.03, 0.00, 1080.00", "36000.01, 0.10, 210.00, 3390.00",
			"36000.05, 0.10, 210.00, 3390.01", "36001, 0.10, 210.00, 3390.10", "144000, 0.10, 210.00, 14190.00", "144000.01, 0.20, 1410.00, 27390.00",
			"300000, 0.20, 1410.00, 58590.00", "300000.01, 0.25, 2660.00, 72340.00",
			"420000, 0.25, 2660.00, 102340.00", "420000.01, 0.30, 4410.00, 121590.00",
			"660000, 0.30, 4410.00, 193590.00", "660000.01, 0.35, 7160.00, 223840.00",
			"960000, 0.35, 7160.00, 328840.00", "960000.01, 0.45, 15160.00, 416840.00" })
	void eachBracketLimitBelongsToTheLowerBracketAndTheRateAppliesToTheWholeBonus(String bonus, String rate,
			String quick, String tax) {
		BonusTax result = AnnualBonusTax.separately(new BigDecimal(bonus));

		assertThat(result.rate()).isEqualTo(new BigDecimal(rate));
		assertThat(result.quickDeduction()).isEqualTo(new BigDecimal(quick));
		assertThat(result.tax()).isEqualTo(new BigDecimal(tax));
	}

	@Test
	void oneYuanAboveTheFirstLimitCostsMoreThanTheYuan() {
		// 36,001 - 3,390.10 leaves 32,610.90; 36,000 - 1,080 leaves 34,920.00
		assertThat(AnnualBonusTax.separately(new BigDecimal("36001")).cliff()).isEqualTo(new BigDecimal("2309.10"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "0", "35999.99", "36000", "144000", "300000", "420000", "660000", "960000", "2000000" })
	void aBonusAtOrBelowALimitOrFarAboveHasNoCliff(String bonus) {
		assertThat(AnnualBonusTax.separately(new BigDecimal(bonus)).cliff()).isNull();
	}

	@ParameterizedTest(name = "limit {0}: one fen above loses {1}; {2} loses 0.01, {3} nothing")
	@CsvSource({ "36000, 2309.99, 38566.66, 38566.67", "144000, 13199.99, 160499.99, 160500.00",
			"300000, 13749.99, 318333.32, 318333.33", "420000, 19249.99, 447499.99, 447500.00",
			"660000, 30249.99, 706538.45, 706538.46", "960000, 87999.99, 1119999.99, 1120000.00" })
	void aDeadZoneFollowsEveryLimit(String limit, String cliffJustAbove, String lastInZone, String firstOutside) {
		// the zone ends where bonus x (1 - rate) + quick deduction is back at the limit's net: for 36,000
		// (34,920 - 210) / 0.9 = 38,566.67; fen rounding of the tax decides the exact last fen
		assertThat(AnnualBonusTax.separately(new BigDecimal(limit).add(CENT)).cliff())
			.isEqualTo(new BigDecimal(cliffJustAbove));
		assertThat(AnnualBonusTax.separately(new BigDecimal(lastInZone)).cliff()).isEqualTo(CENT);
		assertThat(AnnualBonusTax.separately(new BigDecimal(firstOutside)).cliff()).isNull();
	}

	@Test
	void theFirstDeadZoneIsOneUnbrokenRangeOfFen() {
		int inZone = 0;
		for (BigDecimal bonus = new BigDecimal("35000.00"); bonus.compareTo(new BigDecimal("40000.00")) <= 0;
				bonus = bonus.add(CENT)) {
			boolean expected = bonus.compareTo(new BigDecimal("36000.00")) > 0
					&& bonus.compareTo(new BigDecimal("38566.67")) < 0;
			BigDecimal cliff = AnnualBonusTax.separately(bonus).cliff();
			assertThat(cliff != null).as("cliff of %s", bonus).isEqualTo(expected);
			if (cliff != null) {
				inZone++;
				// what the employee keeps at the limit, less what they keep now
				assertThat(cliff).isEqualTo(new BigDecimal("34920.00").subtract(net(bonus)));
			}
		}
		assertThat(inZone).isEqualTo(256666);
	}

	@Test
	void negativeBonusesAndFractionsOfAFenAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> AnnualBonusTax.separately(new BigDecimal("-0.01")));
		assertThatIllegalArgumentException().isThrownBy(() -> AnnualBonusTax.separately(new BigDecimal("36000.001")));
	}

	private static BigDecimal net(BigDecimal bonus) {
		return bonus.subtract(AnnualBonusTax.separately(bonus).tax());
	}
}
