package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferExtended;
import io.renloop.onboarding.OfferStatus;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalDecided;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends the approval of offers: APPROVED makes the candidate's link and sends it (e-mail, SMS); REJECTED and
 * RETURNED give the offer back to the recruiter with the approver's comment. Idempotent: an offer no longer
 * pending approval is left alone.
 */
@Component
class OfferApprovals {

	private final OfferRepository offers;

	private final CandidateLinkTokens tokens;

	private final CandidateOfferLinks links;

	private final PersonalDataCipher cipher;

	private final OfferFacts facts;

	private final OfferNotifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	private final TenantTransactions inTenant;

	private final ApplicationEventPublisher events;

	OfferApprovals(OfferRepository offers, CandidateLinkTokens tokens, CandidateOfferLinks links,
			PersonalDataCipher cipher, OfferFacts facts, OfferNotifications notifications, AuditTrail audit,
			Clock clock, TenantTransactions inTenant, ApplicationEventPublisher events) {
		this.offers = offers;
		this.tokens = tokens;
		this.links = links;
		this.cipher = cipher;
		this.facts = facts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
		this.inTenant = inTenant;
		this.events = events;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!DefaultOffers.SUBJECT_TYPE.equals(decided.subjectType())) {
			return;
		}
		inTenant.run(decided.tenantId(), () -> offers.findById(decided.subjectId())
			.filter(offer -> offer.status() == OfferStatus.PENDING_APPROVAL)
			.ifPresent(offer -> apply(offer, decided)));
	}

	private void apply(Offer offer, ApprovalDecided decided) {
		Map<String, Object> before = DefaultOffers.snapshot(offer);
		OfferFacts.Names names = facts.of(offer);
		switch (decided.outcome()) {
			case APPROVED -> {
				String token = tokens.issue();
				offer.approve(CandidateLinkTokens.hash(token), cipher.encrypt(token), clock.instant());
				notifications.sendLink(offer, names, links.url(token));
				events.publishEvent(new OfferExtended(decided.tenantId(), offer.id(), offer.applicationId(),
						offer.requisitionId(), offer.departmentId(), offer.positionId(), clock.instant()));
			}
			case REJECTED -> {
				offer.disapprove(OfferStatus.REJECTED, decided.comment(), clock.instant());
				notifications.toRecruiter(offer, names, "onboarding.mail.offerRejected", decided.comment());
			}
			case RETURNED -> {
				offer.disapprove(OfferStatus.RETURNED, decided.comment(), clock.instant());
				notifications.toRecruiter(offer, names, "onboarding.mail.offerReturned", decided.comment());
			}
		}
		offers.save(offer);
		audit.recordChange("APPROVAL_" + decided.outcome(), DefaultOffers.ENTITY, offer.id(), before,
				DefaultOffers.snapshot(offer));
	}
}
