package io.renloop.onboarding.internal.offer;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The letter of an offer in the caller's scope, as a preview or as signed; each read is audited. */
@Component
@Transactional
class OfferPdfs {

	private final ScopedOffers offers;

	private final OfferLetter letter;

	private final OfferFacts facts;

	private final OfferDocuments documents;

	private final AuditTrail audit;

	OfferPdfs(ScopedOffers offers, OfferLetter letter, OfferFacts facts, OfferDocuments documents, AuditTrail audit) {
		this.offers = offers;
		this.letter = letter;
		this.facts = facts;
		this.documents = documents;
		this.audit = audit;
	}

	byte[] preview(UUID offerId) {
		Offer offer = offers.find(offerId);
		byte[] pdf = letter.render(offer, facts.of(offer));
		audit.recordSensitiveRead(DefaultOffers.ENTITY, offer.id(), "offerLetter");
		return pdf;
	}

	byte[] signed(UUID offerId) {
		Offer offer = offers.find(offerId);
		byte[] pdf = documents.find(TenantContext.require(), offer.id(), OfferDocuments.SIGNED)
			.orElseThrow(() -> new NotFoundException("SignedOffer", offerId));
		audit.recordSensitiveRead(DefaultOffers.ENTITY, offer.id(), "signedPdf");
		return pdf;
	}
}
