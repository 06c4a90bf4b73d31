package io.renloop.payroll.internal.region;

import static io.renloop.payroll.internal.region.ContributionKind.MEDICAL;
import static io.renloop.payroll.internal.region.ContributionKind.PENSION;
import static io.renloop.payroll.internal.region.RegionFixtures.item;
import static io.renloop.payroll.internal.region.RegionFixtures.region;
import static io.renloop.payroll.internal.region.RegionFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsRoundContributionsTheirOwnWayTests {

	@ParameterizedTest(name = "{0} of {1} is {2}")
	@CsvSource({ "FEN, 123.454, 123.45", "FEN, 123.455, 123.46", "JIAO, 123.45, 123.50", "JIAO, 123.44, 123.40",
			"YUAN, 123.50, 124.00", "YUAN, 123.49, 123.00", "ROUND_UP_JIAO, 123.41, 123.50",
			"ROUND_UP_JIAO, 123.40, 123.40", "ROUND_UP_YUAN, 123.01, 124.00", "ROUND_UP_YUAN, 123.00, 123.00" })
	void eachRuleRoundsToItsUnit(Rounding rounding, String amount, String rounded) {
		assertThat(rounding.apply(new BigDecimal(amount))).isEqualTo(yuan(rounded));
	}

	@Test
	void theRegionsRuleAppliesToBothShares() {
		// 7777 × 0.08 = 622.16 and × 0.16 = 1244.32
		Contribution pension = SocialInsurance
			.contributions(region(item(PENSION, "0.08", "0.16", "0", Rounding.YUAN)), yuan("7777"), null)
			.items()
			.get(0);

		assertThat(pension.employee()).isEqualTo(yuan("622.00"));
		assertThat(pension.employer()).isEqualTo(yuan("1244.00"));
	}

	@Test
	void beijingsMedicalAddsThreeYuanToTheRoundedEmployeeShare() {
		Region beijing = ContributionsAreCalculatedOnTheClampedBaseTests.builtIn("BJ");

		Contribution medical = SocialInsurance.contributions(beijing, yuan("10000.50"), null)
			.line(MEDICAL)
			.orElseThrow();

		// 10000.50 × 0.02 = 200.01, plus the 3 yuan of the serious-illness fund; the employer pays no fixed amount
		assertThat(medical.employee()).isEqualTo(yuan("203.01"));
		assertThat(medical.employer()).isEqualTo(yuan("980.05"));
	}

	@Test
	void theFixedAmountIsAddedAfterRounding() {
		Contribution medical = SocialInsurance
			.contributions(region(item(MEDICAL, "0.02", "0.098", "3", Rounding.YUAN)), yuan("7777"), null)
			.items()
			.get(0);

		// 7777 × 0.02 = 155.54 → 156, then + 3
		assertThat(medical.employee()).isEqualTo(yuan("159.00"));
	}
}
