package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.employee.EmployeeDetails;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingStatus;
import io.renloop.onboarding.OnboardingViews.CaseDetails;
import io.renloop.onboarding.OnboardingViews.CaseSummary;
import io.renloop.onboarding.OnboardingViews.ChecklistItemView;
import io.renloop.onboarding.OnboardingViews.Completion;
import io.renloop.onboarding.OnboardingViews.DocumentView;
import io.renloop.onboarding.OnboardingViews.VerificationView;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.platform.BusinessRuleException;
import io.renloop.onboarding.internal.onboardingcase.CandidacyFacts.Candidacy;
import io.renloop.organization.Organization;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.Applications;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultOnboardingCases implements OnboardingCases {

	static final String ENTITY = "OnboardingCase";

	private final OnboardingCaseRepository cases;

	private final OnboardingDocumentRepository documents;

	private final VerificationResultRepository verifications;

	private final Checklists checklists;

	private final NewHireTokens tokens;

	private final NewHireLinkMessages links;

	private final CandidatePrefill prefill;

	private final PersonalInfoSeal seal;

	private final CandidacyFacts facts;

	private final CandidacyTimeline candidacyTimeline;

	private final EmployeeRecordCreation employeeRecords;

	private final Applications applications;

	private final Organization organization;

	private final LabourContractRepository contracts;

	private final ContractDocument contractDocument;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultOnboardingCases(OnboardingCaseRepository cases, OnboardingDocumentRepository documents,
			VerificationResultRepository verifications, Checklists checklists, NewHireTokens tokens,
			NewHireLinkMessages links, CandidatePrefill prefill, PersonalInfoSeal seal, CandidacyFacts facts,
			CandidacyTimeline candidacyTimeline, EmployeeRecordCreation employeeRecords, Applications applications,
			Organization organization, LabourContractRepository contracts, ContractDocument contractDocument,
			AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.documents = documents;
		this.verifications = verifications;
		this.checklists = checklists;
		this.tokens = tokens;
		this.links = links;
		this.prefill = prefill;
		this.seal = seal;
		this.facts = facts;
		this.candidacyTimeline = candidacyTimeline;
		this.employeeRecords = employeeRecords;
		this.applications = applications;
		this.organization = organization;
		this.contracts = contracts;
		this.contractDocument = contractDocument;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public UUID open(OfferAccepted offer) {
		Optional<OnboardingCase> existing = cases.findByOfferId(offer.offerId());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		String name = prefill.candidate(offer.candidateId()).name();
		String token = tokens.newToken();
		OnboardingCase onboarding = cases.save(new OnboardingCase(offer, name == null ? "" : name,
				NewHireTokens.hash(token), Instant.now(clock)));
		checklists.instantiate(onboarding);
		audit.recordChange("OPEN", ENTITY, onboarding.id(), null, Map.of("offerId", offer.offerId().toString(),
				"startDate", offer.startDate().toString(), "status", onboarding.status().name()));
		links.send(onboarding, token);
		return onboarding.id();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseSummary> list() {
		Optional<Set<UUID>> departments = visibleDepartments();
		List<OnboardingCase> found = departments.map(cases::findByDepartmentIdInOrderByStartDateDesc)
			.orElseGet(cases::findAllByOrderByStartDateDescCreatedAtDesc);
		// the checklist progress of every case in one statement, not one per case
		Map<UUID, Checklists.Progress> progress = checklists.progressOf(found.stream().map(OnboardingCase::id).toList());
		return found.stream()
			.map(c -> summary(c, progress.getOrDefault(c.id(), Checklists.Progress.NONE)))
			.toList();
	}

	@Override
	public CaseDetails get(UUID id, boolean reveal) {
		OnboardingCase onboarding = load(id);
		if (reveal && !CurrentUser.require().can(Permission.EMPLOYEE_PII_REVEAL)) {
			throw new AccessDeniedException("reveal personal data");
		}
		PersonalInfo info = seal.open(onboarding.personalInfo());
		if (reveal && info != null) {
			audit.recordSensitiveRead(ENTITY, id, "personalInfo");
		}
		List<ChecklistItem> items = checklists.of(id);
		List<ChecklistItem> shown = Checklists.visibleTo(CurrentUser.require(), items);
		return new CaseDetails(onboarding.id(), onboarding.offerId(), onboarding.applicationId(),
				onboarding.candidateId(), onboarding.candidateName(), onboarding.departmentId(), onboarding.positionId(),
				payIfOffersReadable(onboarding), onboarding.startDate(), onboarding.probationMonths(),
				onboarding.probationEndDate(), onboarding.status(), onboarding.submittedAt(), onboarding.completedAt(),
				onboarding.employeeId(), reveal ? info : PersonalInfoSeal.masked(info), !reveal && info != null,
				documents(id), verifications(id), shown.stream().map(Checklists::view).toList(),
				Checklists.progress(items),
				DefaultNewHireContracts.view(info != null, contracts.findById(id).orElse(null), null));
	}

	/** IT support works every case but reads no offers, so it does not see what the new hire is paid. */
	private static BigDecimal payIfOffersReadable(OnboardingCase onboarding) {
		return CurrentUser.require().can(Permission.OFFER_READ) ? onboarding.monthlySalary() : null;
	}

	@Override
	public ChecklistItemView markDone(UUID caseId, UUID itemId) {
		load(caseId);
		ChecklistItem item = checklists.item(caseId, itemId);
		CurrentUser user = CurrentUser.require();
		checklists.requireOwner(item, user);
		checklists.markDone(item, user.email(), Instant.now(clock));
		audit.recordChange("CHECKLIST_DONE", ENTITY, caseId, null,
				Map.of("itemId", itemId.toString(), "owner", item.owner().name()));
		return Checklists.view(item);
	}

	@Override
	public Completion complete(UUID id) {
		OnboardingCase onboarding = load(id);
		onboarding.requireCompletable();
		Candidacy candidacy = facts.of(onboarding.candidateId(), onboarding.applicationId());
		PersonalInfo info = seal.open(onboarding.personalInfo());
		EmployeeDetails employee = employeeRecords.hire(onboarding, info);
		if (candidacy.application() != null && candidacy.application().stage().canMoveTo(ApplicationStage.HIRED)) {
			applications.move(onboarding.applicationId(), new MoveApplication(ApplicationStage.HIRED, null));
		}
		Instant now = Instant.now(clock);
		candidacyTimeline.write(employee.id(), onboarding, candidacy, now);
		onboarding.complete(employee.id(), CurrentUser.require().email(), now);
		audit.recordChange("COMPLETE", ENTITY, id, Map.of("status", OnboardingStatus.SUBMITTED.name()),
				Map.of("status", onboarding.status().name(), "employeeId", employee.id().toString(), "employeeNo",
						employee.employeeNo()));
		return new Completion(employee.id());
	}

	@Override
	public byte[] contractPdf(UUID id) {
		OnboardingCase onboarding = load(id);
		// the contract holds the full ID number, address and phone: the same permission as revealing them
		if (!CurrentUser.require().can(Permission.EMPLOYEE_PII_REVEAL)) {
			throw new BusinessRuleException(403, "onboarding.contract.revealForbidden");
		}
		LabourContract contract = contracts.findById(id).orElse(null);
		byte[] pdf;
		if (contract != null && contract.signed()) {
			pdf = seal.openContent(contract.signedPdf());
		}
		else {
			PersonalInfo info = seal.open(onboarding.personalInfo());
			if (info == null) {
				throw new BusinessRuleException("onboarding.contract.personalInfoMissing");
			}
			pdf = contractDocument.render(onboarding, info, ContractDocument.languageFor(info));
		}
		audit.recordSensitiveRead(DefaultNewHireContracts.ENTITY, id, contract != null && contract.signed() ? "signedContract"
				: "draftContract");
		return pdf;
	}

	OnboardingCase load(UUID id) {
		OnboardingCase onboarding = cases.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		Optional<Set<UUID>> departments = visibleDepartments();
		if (departments.isPresent() && !departments.get().contains(onboarding.departmentId())) {
			throw new NotFoundException(ENTITY, id);
		}
		return onboarding;
	}

	/** The departments whose cases a department-scoped user (a manager) sees; empty for everyone else. */
	private Optional<Set<UUID>> visibleDepartments() {
		return organization.departmentsInScope(CurrentUser.require());
	}

	private static CaseSummary summary(OnboardingCase onboarding, Checklists.Progress progress) {
		return new CaseSummary(onboarding.id(), onboarding.candidateName(), onboarding.departmentId(),
				onboarding.positionId(), onboarding.startDate(), onboarding.status(), progress.done(), progress.total(),
				onboarding.employeeId());
	}

	private List<DocumentView> documents(UUID caseId) {
		return documents.findByCaseIdOrderByUploadedAt(caseId).stream().map(DefaultOnboardingCases::view).toList();
	}

	private List<VerificationView> verifications(UUID caseId) {
		return verifications.findByCaseIdOrderByCheckedAt(caseId).stream()
			.map(v -> new VerificationView(v.kind(), v.subject(), v.outcome(), v.detail(), v.checkedAt()))
			.toList();
	}

	static DocumentView view(OnboardingDocument document) {
		return new DocumentView(document.id(), document.type(), document.fileName(), document.contentType(),
				document.sizeBytes(), document.uploadedAt());
	}
}
