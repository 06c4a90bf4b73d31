package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.MakeOffer;
import io.renloop.onboarding.OfferStatus;
import io.renloop.onboarding.OfferView;
import io.renloop.onboarding.Offers;
import io.renloop.organization.HeadcountUsage;
import io.renloop.organization.Organization;
import io.renloop.platform.AmountLimits;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional
class DefaultOffers implements Offers {

	static final String ENTITY = "Offer";

	static final String SUBJECT_TYPE = "offer";

	static final int DEFAULT_REPLY_DAYS = 7;

	private static final BigDecimal MIN_MONTHLY_SALARY = new BigDecimal("0.01");

	private static final List<OfferStatus> OPEN = Arrays.stream(OfferStatus.values()).filter(OfferStatus::open).toList();

	private final OfferRepository offers;

	private final Applications applications;

	private final Requisitions requisitions;

	private final Organization organization;

	private final OfferHeadcount headcount;

	private final ApprovalRequests approvals;

	private final OfferFacts facts;

	private final OfferViews views;

	private final OfferLetter letter;

	private final OfferDocuments documents;

	private final OfferScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultOffers(OfferRepository offers, Applications applications,
			Requisitions requisitions, Organization organization, OfferHeadcount headcount, ApprovalRequests approvals,
			OfferFacts facts, OfferViews views, OfferLetter letter, OfferDocuments documents, OfferScope scope,
			AuditTrail audit, Clock clock) {
		this.offers = offers;
		this.applications = applications;
		this.requisitions = requisitions;
		this.organization = organization;
		this.headcount = headcount;
		this.approvals = approvals;
		this.facts = facts;
		this.views = views;
		this.letter = letter;
		this.documents = documents;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	public OfferView make(UUID applicationId, MakeOffer command) {
		ApplicationSummary application = applications.application(applicationId);
		if (application.stage() != ApplicationStage.INTERVIEWS && application.stage() != ApplicationStage.OFFER) {
			throw new BusinessRuleException("onboarding.offer.applicationStage", application.stage());
		}
		if (offers.existsByApplicationIdAndStatusIn(applicationId, OPEN)) {
			throw new BusinessRuleException("onboarding.offer.alreadyOpen");
		}
		RequisitionView requisition = requisitions.get(application.requisitionId());
		Offer.Terms terms = terms(application, requisition, command);
		String override = checkHeadcount(terms, command);
		Offer offer = offers.saveAndFlush(new Offer(terms, override, CurrentUser.require().email(), clock.instant()));
		if (application.stage() == ApplicationStage.INTERVIEWS) {
			applications.move(applicationId, new MoveApplication(ApplicationStage.OFFER, null));
		}
		OfferFacts.Names names = facts.of(offer);
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("candidate", names.candidate());
		attributes.put("position", names.position());
		attributes.put("department", names.department());
		attributes.put("startDate", offer.startDate().toString());
		attributes.put("probationMonths", offer.probationMonths());
		if (override != null) {
			attributes.put("headcountOverride", override);
		}
		approvals.start(new ApprovalRequest(SUBJECT_TYPE, offer.id(),
				"Offer · " + names.candidate() + " · " + names.position(), offer.departmentId(), null,
				offer.monthlySalary(), attributes));
		audit.recordChange("CREATE", ENTITY, offer.id(), null, snapshot(offer));
		return views.of(offer);
	}

	private Offer.Terms terms(ApplicationSummary application, RequisitionView requisition, MakeOffer command) {
		UUID positionId = command.positionId() != null ? command.positionId() : requisition.positionId();
		UUID departmentId = command.departmentId() != null ? command.departmentId() : requisition.departmentId();
		requireUnit("positionId", () -> organization.position(positionId));
		requireUnit("departmentId", () -> organization.department(departmentId));
		// the pages send no validated record: the bounds of MakeOffer are checked here for every caller
		AmountLimits.check("monthlySalary", command.monthlySalary(), MIN_MONTHLY_SALARY, AmountLimits.MAX_MONTHLY_PAY);
		LocalDate today = LocalDate.now(clock.withZone(facts.zone()));
		if (command.startDate().isBefore(today)) {
			throw InvalidFieldsException.of("startDate", "onboarding.offer.startDateInPast");
		}
		LocalDate replyBy = command.replyBy() != null ? command.replyBy() : today.plusDays(DEFAULT_REPLY_DAYS);
		if (replyBy.isAfter(command.startDate())) {
			replyBy = command.replyBy() == null ? command.startDate()
					: failReplyBy();
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
		audit.recordChange("HEADCOUNT_OVERRIDE", ENTITY, terms.applicationId(), null, Map.of("planned",
				headroom.planned(), "filled", headroom.filled(), "reserved", headroom.reserved(), "reason",
				command.overrideReason().strip()));
		return command.overrideReason().strip();
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('OFFER_READ')")
	public OfferView get(UUID offerId) {
		return views.of(find(offerId));
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('OFFER_READ')")
	public List<OfferView> ofApplication(UUID applicationId) {
		applications.application(applicationId);
		return offers.findByApplicationIdOrderByCreatedAtDesc(applicationId)
			.stream()
			.filter(scope::includes)
			.map(views::of)
			.toList();
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	public OfferView withdraw(UUID offerId) {
		Offer offer = find(offerId);
		Map<String, Object> before = snapshot(offer);
		offer.withdraw(clock.instant());
		audit.recordChange("WITHDRAW", ENTITY, offer.id(), before, snapshot(offer));
		return views.of(offer);
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_READ')")
	public byte[] preview(UUID offerId) {
		Offer offer = find(offerId);
		byte[] pdf = letter.render(offer, facts.of(offer));
		audit.recordSensitiveRead(ENTITY, offer.id(), "offerLetter");
		return pdf;
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_READ')")
	public byte[] signedPdf(UUID offerId) {
		Offer offer = find(offerId);
		byte[] pdf = documents.find(TenantContext.require(), offer.id(), OfferDocuments.SIGNED)
			.orElseThrow(() -> new NotFoundException("SignedOffer", offerId));
		audit.recordSensitiveRead(ENTITY, offer.id(), "signedPdf");
		return pdf;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<HeadcountUsage.Slot, Long> reservedSlots() {
		Map<HeadcountUsage.Slot, Long> reserved = new HashMap<>();
		for (Object[] row : offers.countBySlot(OfferHeadcount.RESERVING)) {
			reserved.put(new HeadcountUsage.Slot((UUID) row[0], (UUID) row[1]), (Long) row[2]);
		}
		return reserved;
	}

	/** The offer when the user's data scope includes it; an offer outside it is as unknown as a missing one. */
	private Offer find(UUID offerId) {
		return offers.findById(offerId).filter(scope::includes).orElseThrow(() -> new NotFoundException(ENTITY, offerId));
	}

	static Map<String, Object> snapshot(Offer offer) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", offer.status().name());
		values.put("applicationId", offer.applicationId().toString());
		values.put("positionId", offer.positionId().toString());
		values.put("departmentId", offer.departmentId().toString());
		values.put("monthlySalary", offer.monthlySalary().toPlainString());
		values.put("startDate", offer.startDate().toString());
		values.put("probationMonths", offer.probationMonths());
		values.put("replyBy", offer.replyBy().toString());
		return values;
	}
}
