package io.renloop.onboarding.internal.offer;

import io.renloop.platform.AuditTrail;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Withdraws an offer in the caller's scope before the candidate signed it; audited. */
@Component
@Transactional
class OfferWithdrawal {

	private final ScopedOffers offers;

	private final AuditTrail audit;

	private final Clock clock;

	OfferWithdrawal(ScopedOffers offers, AuditTrail audit, Clock clock) {
		this.offers = offers;
		this.audit = audit;
		this.clock = clock;
	}

	Offer withdraw(UUID offerId) {
		Offer offer = offers.find(offerId);
		Map<String, Object> before = DefaultOffers.snapshot(offer);
		offer.withdraw(clock.instant());
		audit.recordChange("WITHDRAW", DefaultOffers.ENTITY, offer.id(), before, DefaultOffers.snapshot(offer));
		return offer;
	}
}
