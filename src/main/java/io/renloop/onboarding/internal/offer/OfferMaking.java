package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.MakeOffer;
import io.renloop.onboarding.OfferStatus;
import io.renloop.onboarding.OfferView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an offer on an application in interviews or at the offer stage, one open offer at a time: the checked
 * terms, the application moved to OFFER, and the offer's approval started.
 */
@Component
@Transactional
class OfferMaking {

	private static final List<OfferStatus> OPEN = Arrays.stream(OfferStatus.values()).filter(OfferStatus::open).toList();

	private final OfferRepository offers;

	private final Applications applications;

	private final OfferTermsCheck termsCheck;

	private final ApprovalRequests approvals;

	private final OfferFacts facts;

	private final AuditTrail audit;

	private final Clock clock;

	OfferMaking(OfferRepository offers, Applications applications, OfferTermsCheck termsCheck,
			ApprovalRequests approvals, OfferFacts facts, AuditTrail audit, Clock clock) {
		this.offers = offers;
		this.applications = applications;
		this.termsCheck = termsCheck;
		this.approvals = approvals;
		this.facts = facts;
		this.audit = audit;
		this.clock = clock;
	}

	Offer make(UUID applicationId, MakeOffer command) {
		ApplicationSummary application = applications.application(applicationId);
		if (application.stage() != ApplicationStage.INTERVIEWS && application.stage() != ApplicationStage.OFFER) {
			throw new BusinessRuleException("onboarding.offer.applicationStage", application.stage());
		}
		if (offers.existsByApplicationIdAndStatusIn(applicationId, OPEN)) {
			throw new BusinessRuleException("onboarding.offer.alreadyOpen");
		}
		OfferTermsCheck.CheckedTerms checked = termsCheck.check(application, command);
		Offer offer = offers.saveAndFlush(new Offer(checked.terms(), checked.headcountOverride(),
				CurrentUser.require().email(), clock.instant()));
		if (application.stage() == ApplicationStage.INTERVIEWS) {
			applications.move(applicationId, new MoveApplication(ApplicationStage.OFFER, null));
		}
		OfferApprovalFacts shown = OfferApprovalFacts.of(offer, facts.of(offer));
		approvals.start(new ApprovalRequest(DefaultOffers.SUBJECT_TYPE, offer.id(), shown.title(),
				offer.departmentId(), null, offer.monthlySalary(), shown.attributes()));
		audit.recordChange("CREATE", DefaultOffers.ENTITY, offer.id(), null, DefaultOffers.snapshot(offer));
		return offer;
	}
}
