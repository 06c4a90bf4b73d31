package io.renloop.onboarding.internal.offer;

import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.Permission;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which offers the signed-in user may see, by the offer's department and the user's data scope, as employee records
 * are: the whole tenant; a department or subtree (managers) for the offers of those departments; else (the self
 * scope, e.g. recruiters) the offers the user made. Only those who may make and withdraw offers get the candidate's
 * link: with it anybody can open the candidate's page and ask for codes.
 */
@Component
class OfferScope {

	private final Organization organization;

	OfferScope(Organization organization) {
		this.organization = organization;
	}

	boolean includes(Offer offer) {
		CurrentUser user = CurrentUser.require();
		if (user.dataScope() == DataScope.TENANT || user.email().equalsIgnoreCase(offer.createdBy())) {
			return true;
		}
		Optional<Set<UUID>> visible = organization.departmentsInScope(user);
		return visible.isPresent() && visible.get().contains(offer.departmentId());
	}

	/** Whether the user hands the candidate their link: only people who may make and withdraw offers. */
	boolean handsOutLink() {
		return CurrentUser.require().can(Permission.OFFER_WRITE);
	}
}
