package io.renloop.payroll.internal.region;

import static io.renloop.payroll.internal.region.ContributionKind.HOUSING_FUND;
import static io.renloop.payroll.internal.region.ContributionKind.PENSION;
import static io.renloop.payroll.internal.region.ContributionKind.SUPPLEMENTARY_HOUSING_FUND;
import static io.renloop.payroll.internal.region.RegionFixtures.item;
import static io.renloop.payroll.internal.region.RegionFixtures.region;
import static io.renloop.payroll.internal.region.RegionFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.BusinessRuleException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HousingFundRateOverridesBothSharesTests {

	final Region region = region(item(PENSION, "0.08", "0.16"), item(HOUSING_FUND, "0.12", "0.12", "0", Rounding.YUAN),
			item(SUPPLEMENTARY_HOUSING_FUND, "0.03", "0.03"));

	@Test
	void theEmployeesRateReplacesBothRatesOfTheHousingFund() {
		Contribution fund = SocialInsurance.contributions(region, yuan("8333"), new BigDecimal("0.07"))
			.line(HOUSING_FUND)
			.orElseThrow();

		assertThat(fund.employeeRate()).isEqualByComparingTo("0.07");
		assertThat(fund.employerRate()).isEqualByComparingTo("0.07");
		assertThat(fund.employee()).isEqualTo(yuan("583.00"));
		assertThat(fund.employer()).isEqualTo(yuan("583.00"));
	}

	@Test
	void otherItemsKeepTheRegionsRates() {
		Contributions lines = SocialInsurance.contributions(region, yuan("10000"), new BigDecimal("0.05"));

		assertThat(lines.line(PENSION).orElseThrow().employee()).isEqualTo(yuan("800.00"));
		assertThat(lines.line(SUPPLEMENTARY_HOUSING_FUND).orElseThrow().employee()).isEqualTo(yuan("300.00"));
	}

	@Test
	void withoutARateTheRegionsDefaultApplies() {
		Contribution fund = SocialInsurance.contributions(region, yuan("10000"), null).line(HOUSING_FUND).orElseThrow();

		assertThat(fund.employee()).isEqualTo(yuan("1200.00"));
	}

	@Test
	void theEmployeesHousingFundCountsBasicAndSupplementary() {
		Contributions contributions = SocialInsurance.contributions(region, yuan("10000"), new BigDecimal("0.10"));

		assertThat(contributions.housingFundEmployee()).isEqualTo(yuan("1300.00"));
	}

	@Test
	void aRateOutsideTheNationalRangeIsRefused() {
		assertThatThrownBy(() -> SocialInsurance.contributions(region, yuan("10000"), new BigDecimal("0.13")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("error.payroll.housingFundRate");
		assertThatThrownBy(() -> SocialInsurance.contributions(region, yuan("10000"), new BigDecimal("0.04")))
			.isInstanceOf(BusinessRuleException.class);
	}
}
