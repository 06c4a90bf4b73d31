package io.renloop.onboarding;

import io.renloop.organization.HeadcountUsage;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Offers of the current tenant, within the user's data scope by the offer's department: the whole tenant, a
 * manager's department or subtree, else (the self scope of recruiters) the offers the user made. Unknown ids, ids of
 * other tenants and offers outside the scope raise {@code NotFoundException}; transitions not allowed from the
 * current status raise a 409.
 */
public interface Offers {

	/**
	 * Makes an offer on an application in stage INTERVIEWS or OFFER (moving it to OFFER) and starts the
	 * {@code offer} approval. Fails with 409 when the application already has an open offer, or when the headcount
	 * plan of the slot is used up (planned − filled − offers holding a place), unless the command overrides.
	 */
	OfferView make(UUID applicationId, MakeOffer command);

	OfferView get(UUID offerId);

	/** The offers of an application within the user's scope, newest first. */
	List<OfferView> ofApplication(UUID applicationId);

	/** Withdraws an offer that is not signed or ended yet; its headcount place is released. */
	OfferView withdraw(UUID offerId);

	/** The offer letter as a PDF, rendered from the tenant's template (no signature); an audited read. */
	byte[] preview(UUID offerId);

	/** The signed offer PDF; 404 until the candidate confirmed; an audited read. */
	byte[] signedPdf(UUID offerId);

	/** Places of the headcount plan held by accepted and signed offers, per department and position. */
	Map<HeadcountUsage.Slot, Long> reservedSlots();
}
