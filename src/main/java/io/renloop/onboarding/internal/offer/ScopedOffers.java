package io.renloop.onboarding.internal.offer;

import io.renloop.platform.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Offers inside the caller's data scope; an offer outside it is as unknown as a missing one. */
@Component
class ScopedOffers {

	private final OfferRepository offers;

	private final OfferScope scope;

	ScopedOffers(OfferRepository offers, OfferScope scope) {
		this.offers = offers;
		this.scope = scope;
	}

	Offer find(UUID offerId) {
		return offers.findById(offerId)
			.filter(scope::includes)
			.orElseThrow(() -> new NotFoundException(DefaultOffers.ENTITY, offerId));
	}

	/** Newest first. */
	List<Offer> ofApplication(UUID applicationId) {
		return offers.findByApplicationIdOrderByCreatedAtDesc(applicationId).stream().filter(scope::includes).toList();
	}
}
