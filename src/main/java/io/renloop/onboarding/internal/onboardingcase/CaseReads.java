package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OnboardingViews.CaseDetails;
import io.renloop.onboarding.OnboardingViews.CaseSummary;
import io.renloop.onboarding.OnboardingViews.DocumentView;
import io.renloop.onboarding.OnboardingViews.VerificationView;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The cases as HR, IT and managers read them: the list with checklist progress, and one case in full. */
@Component
@Transactional(readOnly = true)
class CaseReads {

	private final VisibleCases visible;

	private final Checklists checklists;

	private final PersonalInfoSeal seal;

	private final OnboardingDocumentRepository documents;

	private final VerificationResultRepository verifications;

	private final LabourContractRepository contracts;

	private final AuditTrail audit;

	CaseReads(VisibleCases visible, Checklists checklists, PersonalInfoSeal seal,
			OnboardingDocumentRepository documents, VerificationResultRepository verifications,
			LabourContractRepository contracts, AuditTrail audit) {
		this.visible = visible;
		this.checklists = checklists;
		this.seal = seal;
		this.documents = documents;
		this.verifications = verifications;
		this.contracts = contracts;
		this.audit = audit;
	}

	List<CaseSummary> list() {
		List<OnboardingCase> found = visible.all();
		// the checklist progress of every case in one statement, not one per case
		Map<UUID, Checklists.Progress> progress = checklists.progressOf(found.stream().map(OnboardingCase::id).toList());
		return found.stream()
			.map(c -> summary(c, progress.getOrDefault(c.id(), Checklists.Progress.NONE)))
			.toList();
	}

	/** An audited read when {@code reveal}, which needs the permission to reveal personal data. */
	@Transactional
	CaseDetails get(UUID id, boolean reveal) {
		OnboardingCase onboarding = visible.load(id);
		if (reveal && !CurrentUser.require().can(Permission.EMPLOYEE_PII_REVEAL)) {
			throw new AccessDeniedException("reveal personal data");
		}
		PersonalInfo info = seal.open(onboarding.personalInfo());
		if (reveal && info != null) {
			audit.recordSensitiveRead(DefaultOnboardingCases.ENTITY, id, "personalInfo");
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
}
