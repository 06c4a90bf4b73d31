package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.internal.signing.OneTimeCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.onboarding.OfferStatus;
import io.renloop.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The offer's guarded transitions, without Spring. */
class OfferTests {

	static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	static Offer approved() {
		Offer offer = new Offer(new Offer.Terms(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("12000.00"), LocalDate.of(2027, 1, 4), 3, "zh",
				LocalDate.of(2026, 12, 8)), null, "hr@demo.example", NOW);
		offer.approve("hash", new byte[] { 1 }, NOW);
		return offer;
	}

	@Test
	void fiveWrongCodesLockTheLink() {
		Offer offer = approved();
		offer.accept("code", NOW.plusSeconds(600), "10.0.0.1", "phone", NOW);
		for (int i = 0; i < 4; i++) {
			offer.failCode(NOW);
		}
		assertThat(offer.locked()).isFalse();
		assertThat(offer.attemptsLeft()).isEqualTo(1);
		offer.failCode(NOW);
		assertThat(offer.locked()).isTrue();
		assertThatThrownBy(offer::requireUsableLink).isInstanceOf(BusinessRuleException.class)
			.satisfies(ex -> assertThat(((BusinessRuleException) ex).status()).isEqualTo(423));
		assertThatThrownBy(() -> offer.accept("again", NOW, "10.0.0.1", "phone", NOW))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void signingUsesUpTheCodeAndEndsTheOffer() {
		Offer offer = approved();
		offer.accept("code", NOW.plusSeconds(600), "10.0.0.1", "phone", NOW);
		offer.sign("10.0.0.2", "phone", NOW);
		assertThat(offer.status()).isEqualTo(OfferStatus.SIGNED);
		assertThat(offer.codeHash()).isNull();
		assertThat(offer.acceptedFromIp()).isEqualTo("10.0.0.2");
		assertThatThrownBy(() -> offer.withdraw(NOW)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> offer.decline("changed my mind", NOW)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aCodeToDeclineIsNoCodeToAcceptAndTheOtherWayRound() {
		Offer offer = approved();
		offer.accept("accepting", NOW.plusSeconds(600), "10.0.0.1", "phone", NOW);
		assertThat(offer.codeHash()).isEqualTo("accepting");
		assertThat(offer.declineCodeHash()).isNull();
		offer.requestDeclineCode("declining", NOW.plusSeconds(600), NOW);
		assertThat(offer.status()).as("asking to decline keeps the offer open").isEqualTo(OfferStatus.ACCEPTED);
		assertThat(offer.codeHash()).isNull();
		assertThat(offer.declining().codeHash()).isEqualTo("declining");
		offer.decline("另有安排", NOW);
		assertThat(offer.declining().codeHash()).isNull();
	}

	@Test
	void onlyAnOfferOpenToAnAnswerSendsACodeToDecline() {
		Offer offer = approved();
		offer.withdraw(NOW);
		assertThatThrownBy(() -> offer.requestDeclineCode("declining", NOW.plusSeconds(600), NOW))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void onlyAcceptedOffersCanBeSigned() {
		assertThatThrownBy(() -> approved().sign("10.0.0.1", "phone", NOW)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void approvalOutcomesApplyOnlyToPendingOffers() {
		Offer offer = approved();
		assertThatThrownBy(() -> offer.disapprove(OfferStatus.REJECTED, "no", NOW))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(offer.status()).isEqualTo(OfferStatus.APPROVED);
	}

	@Test
	void acceptedAndSignedOffersHoldHeadcountWhileEndedOnesDoNot() {
		assertThat(OfferHeadcount.RESERVING).containsExactlyInAnyOrder(OfferStatus.ACCEPTED, OfferStatus.SIGNED);
		assertThat(OfferStatus.DECLINED.reservesHeadcount()).isFalse();
		assertThat(OfferStatus.WITHDRAWN.reservesHeadcount()).isFalse();
	}

	@Test
	void codesMatchOnlyTheirOwnOffer() {
		UUID offer = UUID.randomUUID();
		String stored = OneTimeCodes.hash(offer, "123456");
		assertThat(OneTimeCodes.matches(offer, " 123456 ", stored)).isTrue();
		assertThat(OneTimeCodes.matches(offer, "123457", stored)).isFalse();
		assertThat(OneTimeCodes.matches(UUID.randomUUID(), "123456", stored)).isFalse();
		assertThat(new OneTimeCodes().issue()).matches("\\d{6}");
	}
}
