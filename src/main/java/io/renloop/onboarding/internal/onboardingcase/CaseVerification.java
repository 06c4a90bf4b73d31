package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.IdentityVerification;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.platform.AuditTrail;
import io.renloop.shared.Masking;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the identity check and one education check per school of a submitted case and records every outcome on
 * the case, including UNAVAILABLE and NOT_CONFIGURED, so that HR sees what was and was not verified.
 */
@Component
class CaseVerification {

	private final OnboardingCaseRepository cases;

	private final VerificationResultRepository results;

	private final IdentityVerification verification;

	private final PersonalInfoSeal seal;

	private final AuditTrail audit;

	private final Clock clock;

	CaseVerification(OnboardingCaseRepository cases, VerificationResultRepository results,
			IdentityVerification verification, PersonalInfoSeal seal, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.results = results;
		this.verification = verification;
		this.seal = seal;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void check(UUID caseId) {
		OnboardingCase onboarding = cases.findById(caseId).orElse(null);
		if (onboarding == null || onboarding.personalInfo() == null
				|| !results.findByCaseIdOrderByCheckedAt(caseId).isEmpty()) {
			return;
		}
		PersonalInfo info = seal.open(onboarding.personalInfo());
		Instant now = Instant.now(clock);
		results.save(new VerificationResult(caseId, "IDENTITY", Masking.idNumber(info.idNumber()),
				verification.identity(info.name(), info.idNumber()).name(), null, now));
		info.education().stream().filter(e -> e.school() != null && !e.school().isBlank()).forEach(e -> results.save(
				new VerificationResult(caseId, "EDUCATION", e.school() + (e.degree() == null ? "" : " · " + e.degree()),
						verification.education(info.name(), e.school(), e.degree(), e.certificateNumber()).name(), null,
						now)));
		audit.recordChange("VERIFY", DefaultOnboardingCases.ENTITY, caseId, null, Map.of("checks",
				1 + info.education().size()));
	}
}
