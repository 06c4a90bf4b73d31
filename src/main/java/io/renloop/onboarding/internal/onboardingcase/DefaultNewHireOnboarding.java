package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.DocumentType;
import io.renloop.onboarding.NewHireOnboarding;
import io.renloop.onboarding.OnboardingStatus;
import io.renloop.onboarding.OnboardingSubmitted;
import io.renloop.onboarding.OnboardingViews.DocumentView;
import io.renloop.onboarding.OnboardingViews.NewHireForm;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.SystemActor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The new hire's side: every call resolves the link's token to its case and then works in the case's tenant as
 * the system actor, so that nothing of another tenant is reachable with any token.
 */
@Service
class DefaultNewHireOnboarding implements NewHireOnboarding {

	private final NewHireTokens tokens;

	private final OnboardingCaseRepository cases;

	private final OnboardingDocumentRepository documents;

	private final LabourContractRepository contracts;

	private final CandidatePrefill prefill;

	private final PersonalInfoSeal seal;

	private final DocumentContent content;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DefaultNewHireOnboarding(NewHireTokens tokens, OnboardingCaseRepository cases,
			OnboardingDocumentRepository documents, LabourContractRepository contracts, CandidatePrefill prefill, PersonalInfoSeal seal,
			DocumentContent content, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.tokens = tokens;
		this.cases = cases;
		this.documents = documents;
		this.contracts = contracts;
		this.prefill = prefill;
		this.seal = seal;
		this.content = content;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public NewHireForm form(String token) {
		return inCase(token, this::form);
	}

	@Override
	public NewHireForm savePersonalInfo(String token, PersonalInfo info) {
		return inCase(token, onboarding -> {
			onboarding.requireOpen();
			if (contracts.findById(onboarding.id()).filter(LabourContract::signed).isPresent()) {
				throw new BusinessRuleException("onboarding.personalInfo.contractSigned");
			}
			PersonalInfoValidation.check(info, LocalDate.now(clock));
			PersonalInfo confirmed = withBirthDate(info);
			onboarding.savePersonalInfo(seal.seal(confirmed));
			audit.recordChange("SAVE_PERSONAL_INFO", DefaultOnboardingCases.ENTITY, onboarding.id(), null,
					PersonalInfoSeal.masked(confirmed));
			return form(onboarding);
		});
	}

	@Override
	public DocumentView addDocument(String token, DocumentType type, String fileName, byte[] bytes) {
		return inCase(token, onboarding -> {
			onboarding.requireOpen();
			String contentType = content.typeOf(bytes);
			String name = fileName == null || fileName.isBlank() ? type.name().toLowerCase() : fileName.strip();
			OnboardingDocument document = documents.save(new OnboardingDocument(onboarding.id(), type,
					name.length() > 255 ? name.substring(name.length() - 255) : name, contentType, bytes.length,
					seal.sealContent(bytes), Instant.now(clock)));
			audit.recordChange("UPLOAD_DOCUMENT", DefaultOnboardingCases.ENTITY, onboarding.id(), null,
					Map.of("documentId", document.id().toString(), "type", type.name(), "size", bytes.length));
			return DefaultOnboardingCases.view(document);
		});
	}

	@Override
	public NewHireForm submit(String token) {
		return inCase(token, onboarding -> {
			onboarding.submit(contracts.findById(onboarding.id()).filter(LabourContract::signed).isPresent(),
					Instant.now(clock));
			audit.recordChange("SUBMIT", DefaultOnboardingCases.ENTITY, onboarding.id(),
					Map.of("status", OnboardingStatus.OPEN.name()), Map.of("status", onboarding.status().name()));
			events.publishEvent(new OnboardingSubmitted(io.renloop.platform.TenantContext.require(), onboarding.id(),
					onboarding.applicationId()));
			return form(onboarding);
		});
	}

	private NewHireForm form(OnboardingCase onboarding) {
		PersonalInfo saved = seal.open(onboarding.personalInfo());
		PersonalInfo info = saved != null ? saved : prefill.of(onboarding.candidateId());
		return new NewHireForm(onboarding.tenantId(), onboarding.candidateName(), onboarding.startDate(),
				onboarding.status(), info, documents.findByCaseIdOrderByUploadedAt(onboarding.id()).stream()
					.map(DefaultOnboardingCases::view)
					.toList(),
				DefaultNewHireContracts.view(saved != null, contracts.findById(onboarding.id()).orElse(null), null));
	}

	private static PersonalInfo withBirthDate(PersonalInfo info) {
		return new PersonalInfo(info.name().strip(), info.phone().strip(), info.email().strip(),
				PersonalInfoValidation.idType(info), info.idNumber().strip().toUpperCase(),
				PersonalInfoValidation.birthDate(info), info.address().strip(), info.emergencyContact(), info.bank(),
				info.education(), info.workHistory(), info.certificates());
	}

	private <T> T inCase(String token, Function<OnboardingCase, T> work) {
		NewHireTokens.Subject subject = tokens.subject(token);
		return SystemActor.callAs(subject.tenantId(), () -> transactions.execute(status -> {
			OnboardingCase onboarding = cases.findById(subject.caseId())
				.orElseThrow(() -> new BusinessRuleException(404, "onboarding.link.invalid"));
			return work.apply(onboarding);
		}));
	}
}
