package io.renloop.payroll.internal.region;

import static io.renloop.payroll.internal.region.ContributionKind.HOUSING_FUND;
import static io.renloop.payroll.internal.region.ContributionKind.INJURY;
import static io.renloop.payroll.internal.region.ContributionKind.MEDICAL;
import static io.renloop.payroll.internal.region.ContributionKind.PENSION;
import static io.renloop.payroll.internal.region.RegionFixtures.item;
import static io.renloop.payroll.internal.region.RegionFixtures.region;
import static io.renloop.payroll.internal.region.RegionFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionsAreCalculatedOnTheClampedBaseTests {

	@Test
	void aBaseBelowTheFloorIsRaisedToIt() {
		Contribution pension = only(region(item(PENSION, "0.08", "0.16")), "3000");

		assertThat(pension.base()).isEqualByComparingTo("5000");
		assertThat(pension.employee()).isEqualTo(yuan("400.00"));
		assertThat(pension.employer()).isEqualTo(yuan("800.00"));
	}

	@Test
	void aBaseAboveTheCeilingIsLoweredToIt() {
		Contribution pension = only(region(item(PENSION, "0.08", "0.16")), "40000");

		assertThat(pension.base()).isEqualTo(yuan("25000.00"));
		assertThat(pension.employee()).isEqualTo(yuan("2000.00"));
		assertThat(pension.employer()).isEqualTo(yuan("4000.00"));
	}

	@Test
	void aBaseWithinTheRangeIsUsedAsDeclared() {
		Contribution pension = only(region(item(PENSION, "0.08", "0.16")), "12345.67");

		assertThat(pension.base()).isEqualTo(yuan("12345.67"));
		assertThat(pension.employee()).isEqualTo(yuan("987.65"));
		assertThat(pension.employer()).isEqualTo(yuan("1975.31"));
	}

	@Test
	void eachItemClampsToItsOwnRangeAsInShenzhen() {
		RegionItem pension = new RegionItem(PENSION, yuan("2520"), yuan("27501"), new BigDecimal("0.08"),
				new BigDecimal("0.16"), null, Rounding.FEN);
		RegionItem medical = new RegionItem(MEDICAL, yuan("6727"), yuan("33633"), new BigDecimal("0.02"),
				new BigDecimal("0.05"), null, Rounding.FEN);

		List<Contribution> lines = SocialInsurance.contributions(region(pension, medical), yuan("30000"), null).items();

		assertThat(lines).extracting(Contribution::base).containsExactly(yuan("27501.00"), yuan("30000.00"));
	}

	@Test
	void totalsAddUpTheLinesAndTheHousingFundIsCountedApart() {
		Region region = region(item(PENSION, "0.08", "0.16"), item(MEDICAL, "0.02", "0.09"),
				item(INJURY, "0", "0.002"), item(HOUSING_FUND, "0.12", "0.12"));

		Contributions contributions = SocialInsurance.contributions(region, yuan("10000"), null);

		assertThat(contributions.employeeTotal()).isEqualTo(yuan("2200.00"));
		assertThat(contributions.employerTotal()).isEqualTo(yuan("3720.00"));
		assertThat(contributions.housingFundEmployee()).isEqualTo(yuan("1200.00"));
	}

	@Test
	void aMinerInTaiyuanPaysTheCoalIndustrysInjuryRate() {
		Region builtIn = builtIn("TY");
		Region coalMine = new Region("TY", "太原（煤矿）", LocalDate.of(2025, 7, 1), builtIn.items()
			.stream()
			.map(i -> i.kind() != INJURY ? i : new RegionItem(INJURY, i.baseFloor(), i.baseCeiling(), i.employeeRate(),
					new BigDecimal("0.019"), i.employeeFixed(), i.rounding()))
			.toList());

		Contribution injury = SocialInsurance.contributions(coalMine, yuan("9000"), null)
			.line(INJURY)
			.orElseThrow();

		assertThat(injury.employer()).isEqualTo(yuan("171.00"));
		assertThat(injury.employee()).isEqualTo(yuan("0.00"));
	}

	static Region builtIn(String code) {
		return BuiltInRegions.read("payroll/regions-cn-2025.json", tools.jackson.databind.json.JsonMapper.builder().build())
			.stream()
			.filter(r -> r.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static Contribution only(Region region, String base) {
		return SocialInsurance.contributions(region, yuan(base), null).items().get(0);
	}
}
