package io.renloop.payroll.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.payroll.BonusTaxMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * When onboarding completes, payroll opens the pay structure from the offer unless one is there: for a first hire
 * any structure counts; a rehired former employee's structures of the earlier employment do not, one from the start
 * date on does (a repeated delivery, or payroll entered it).
 */
class RehiresGetANewPayStructureFromTheOfferTests {

	private static final UUID EMPLOYEE = UUID.randomUUID();

	private static final LocalDate START = LocalDate.of(2026, 12, 21);

	private static final LocalDate EARLIER = LocalDate.of(2021, 3, 1);

	@Test
	void aFirstHireGetsTheOffersStructureOnlyWhenTheyHaveNone() {
		assertThat(OfferPay.alreadyOpened(List.of(), completed(false))).isFalse();
		assertThat(OfferPay.alreadyOpened(List.of(version(EARLIER)), completed(false))).isTrue();
	}

	@Test
	void aRehireGetsANewVersionOnTopOfTheEarlierEmployment() {
		assertThat(OfferPay.alreadyOpened(List.of(version(EARLIER)), completed(true))).isFalse();
	}

	@Test
	void aRehireWithAVersionFromTheStartDateOnIsLeftAlone() {
		assertThat(OfferPay.alreadyOpened(List.of(version(START), version(EARLIER)), completed(true))).isTrue();
		assertThat(OfferPay.alreadyOpened(List.of(version(START.plusMonths(1)), version(EARLIER)), completed(true)))
			.isTrue();
	}

	private static OnboardingCompleted completed(boolean rehire) {
		return new OnboardingCompleted("demo", UUID.randomUUID(), UUID.randomUUID(), EMPLOYEE, START, rehire);
	}

	private static StructureRow version(LocalDate from) {
		return new StructureRow(EMPLOYEE, from, UUID.randomUUID(), new BigDecimal("8000.00"), Map.of(), Map.of(), "TY",
				new BigDecimal("0.12"), null, null, null, BonusTaxMethod.SEPARATE, "MANUAL", null, "hr",
				Instant.parse("2026-01-01T00:00:00Z"));
	}
}
