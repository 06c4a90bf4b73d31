package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OfferAccepted;
import io.renloop.platform.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens the case of an accepted offer: the checklist, and the link to the new hire's form. Once per offer. */
@Component
@Transactional
class CaseOpening {

	private final OnboardingCaseRepository cases;

	private final CandidatePrefill prefill;

	private final NewHireTokens tokens;

	private final Checklists checklists;

	private final NewHireLinkMessages links;

	private final AuditTrail audit;

	private final Clock clock;

	CaseOpening(OnboardingCaseRepository cases, CandidatePrefill prefill, NewHireTokens tokens, Checklists checklists,
			NewHireLinkMessages links, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.prefill = prefill;
		this.tokens = tokens;
		this.checklists = checklists;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	UUID open(OfferAccepted offer) {
		Optional<OnboardingCase> existing = cases.findByOfferId(offer.offerId());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		String name = prefill.candidate(offer.candidateId()).name();
		String token = tokens.newToken();
		OnboardingCase onboarding = cases.save(new OnboardingCase(offer, name == null ? "" : name,
				NewHireTokens.hash(token), Instant.now(clock)));
		checklists.instantiate(onboarding);
		audit.recordChange("OPEN", DefaultOnboardingCases.ENTITY, onboarding.id(), null, Map.of("offerId",
				offer.offerId().toString(), "startDate", offer.startDate().toString(), "status",
				onboarding.status().name()));
		links.send(onboarding, token);
		return onboarding.id();
	}
}
