package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.MakeOffer;
import io.renloop.organization.Organization;
import io.renloop.platform.AmountLimits;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The terms of a new offer, checked for every caller (API and pages): the unit and position (the requisition's
 * unless the command names others), pay bounds, the start and reply dates in the tenant's zone, and room in the
 * headcount plan — or an override by someone allowed to, with a reason, audited.
 */
@Component
class OfferTermsCheck {

	static final int DEFAULT_REPLY_DAYS = 7;

	private static final BigDecimal MIN_MONTHLY_SALARY = new BigDecimal("0.01");

	private final Requisitions requisitions;

	private final Organization organization;

	private final OfferFacts facts;

	private final OfferHeadcount headcount;

	private final AuditTrail audit;

	private final Clock clock;

	OfferTermsCheck(Requisitions requisitions, Organization organization, OfferFacts facts, OfferHeadcount headcount,
			AuditTrail audit, Clock clock) {
		this.requisitions = requisitions;
		this.organization = organization;
		this.facts = facts;
		this.headcount = headcount;
		this.audit = audit;
		this.clock = clock;
	}

	/** The terms, and the reason of a headcount override when the plan is exceeded (else null). */
	record CheckedTerms(Offer.Terms terms, String headcountOverride) {
	}

	CheckedTerms check(ApplicationSummary application, MakeOffer command) {
		Offer.Terms terms = terms(application, requisitions.get(application.requisitionId()), command);
		return new CheckedTerms(terms, checkHeadcount(terms, command));
	}

	private Offer.Terms terms(ApplicationSummary application, RequisitionView requisition, MakeOffer command) {
		UUID positionId = command.positionId() != null ? command.positionId() : requisition.positionId();
		UUID departmentId = command.departmentId() != null ? command.departmentId() : requisition.departmentId();
		requireUnit("positionId", () -> organization.position(positionId));
		requireUnit("departmentId", () -> organization.department(departmentId));
		// the bounds of MakeOffer again, for callers inside the application that pass no validated record
		AmountLimits.check("monthlySalary", command.monthlySalary(), MIN_MONTHLY_SALARY, AmountLimits.MAX_MONTHLY_PAY);
		LocalDate today = LocalDate.now(clock.withZone(facts.zone()));
		if (command.startDate().isBefore(today)) {
			throw InvalidFieldsException.of("startDate", "onboarding.offer.startDateInPast");
		}
		LocalDate replyBy = command.replyBy() != null ? command.replyBy() : today.plusDays(DEFAULT_REPLY_DAYS);
		if (replyBy.isAfter(command.startDate())) {
			replyBy = command.replyBy() == null ? command.startDate() : failReplyBy();
		}
		if (replyBy.isBefore(today)) {
			failReplyBy();
		}
		String language = command.language() == null ? "zh" : command.language();
		return new Offer.Terms(application.id(), application.candidateId(), application.requisitionId(), departmentId,
				positionId, command.monthlySalary(), command.startDate(), command.probationMonths(), language, replyBy);
	}

	private static LocalDate failReplyBy() {
		throw InvalidFieldsException.of("replyBy", "onboarding.offer.replyBy");
	}

	private static void requireUnit(String field, Runnable lookup) {
		try {
			lookup.run();
		}
		catch (NotFoundException ex) {
			throw InvalidFieldsException.of(field, "error.reference.unknown");
		}
	}

	/** @return the override reason when the plan is exceeded and the user may override, else null */
	private String checkHeadcount(Offer.Terms terms, MakeOffer command) {
		OfferHeadcount.Headroom headroom = headcount.headroom(terms.departmentId(), terms.positionId());
		if (headroom.available() > 0) {
			return null;
		}
		if (!command.overrides()) {
			throw headroom.exceeded();
		}
		if (!CurrentUser.require().can(Permission.HEADCOUNT_OVERRIDE)) {
			throw new BusinessRuleException(403, "onboarding.offer.overrideForbidden");
		}
		if (!StringUtils.hasText(command.overrideReason())) {
			throw InvalidFieldsException.of("overrideReason", "onboarding.offer.overrideReason");
		}
		audit.recordChange("HEADCOUNT_OVERRIDE", DefaultOffers.ENTITY, terms.applicationId(), null, Map.of("planned",
				headroom.planned(), "filled", headroom.filled(), "reserved", headroom.reserved(), "reason",
				command.overrideReason().strip()));
		return command.overrideReason().strip();
	}
}
