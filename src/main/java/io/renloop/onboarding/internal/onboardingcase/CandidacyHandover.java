package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.internal.onboardingcase.CandidacyFacts.Candidacy;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.Applications;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Closes the candidacy of a hire: the application moves to HIRED (when its stage allows), and what recruitment and
 * interview knew of the candidate goes to the start of the new employee's timeline.
 */
@Component
class CandidacyHandover {

	private final CandidacyFacts facts;

	private final Applications applications;

	private final CandidacyTimeline timeline;

	CandidacyHandover(CandidacyFacts facts, Applications applications, CandidacyTimeline timeline) {
		this.facts = facts;
		this.applications = applications;
		this.timeline = timeline;
	}

	/** What recruitment and interview know of the case's candidacy, read before the record is created. */
	Candidacy of(OnboardingCase onboarding) {
		return facts.of(onboarding.candidateId(), onboarding.applicationId());
	}

	void hired(OnboardingCase onboarding, Candidacy candidacy, UUID employeeId, Instant completedAt) {
		if (candidacy.application() != null && candidacy.application().stage().canMoveTo(ApplicationStage.HIRED)) {
			applications.move(onboarding.applicationId(), new MoveApplication(ApplicationStage.HIRED, null));
		}
		timeline.write(employeeId, onboarding, candidacy, completedAt);
	}
}
