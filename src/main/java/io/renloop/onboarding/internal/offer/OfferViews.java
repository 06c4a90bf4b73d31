package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferView;
import io.renloop.platform.PersonalDataCipher;
import org.springframework.stereotype.Component;

/** Offers as HR sees them, with the candidate's link once approved for those who hand it out. */
@Component
class OfferViews {

	private final OfferFacts facts;

	private final PersonalDataCipher cipher;

	private final CandidateOfferLinks links;

	private final OfferScope scope;

	OfferViews(OfferFacts facts, PersonalDataCipher cipher, CandidateOfferLinks links, OfferScope scope) {
		this.facts = facts;
		this.cipher = cipher;
		this.links = links;
		this.scope = scope;
	}

	OfferView of(Offer offer) {
		OfferFacts.Names names = facts.of(offer);
		String url = offer.tokenSealed() == null || !scope.handsOutLink() ? null
				: links.url(cipher.decrypt(offer.tokenSealed()));
		return new OfferView(offer.id(), offer.applicationId(), offer.candidateId(), names.candidate(),
				offer.requisitionId(), offer.departmentId(), names.department(), offer.positionId(), names.position(),
				offer.monthlySalary(), offer.startDate(), offer.probationMonths(), offer.language(), offer.replyBy(),
				offer.status(), url, offer.approvalComment(), offer.declineReason(), offer.locked(),
				offer.signedAt() != null, offer.signedAt(), offer.createdBy(), offer.createdAt(), offer.updatedAt());
	}
}
