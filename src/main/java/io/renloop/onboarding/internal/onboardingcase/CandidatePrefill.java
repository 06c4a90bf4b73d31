package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.PersonalInfo;
import io.renloop.onboarding.PersonalInfo.Certificate;
import io.renloop.onboarding.PersonalInfo.Education;
import io.renloop.onboarding.PersonalInfo.WorkHistory;
import io.renloop.recruitment.ApplicationViews.CandidateDetails;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.ParsedResume;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the candidacy already told us, so that the new hire is never asked twice: name, phone and e-mail, and the
 * education, positions and certificates of the parsed resume. Runs in the case's tenant with the caller's rights
 * (the system actor on the new hire's side).
 */
@Component
class CandidatePrefill {

	private final Applications applications;

	CandidatePrefill(Applications applications) {
		this.applications = applications;
	}

	CandidateDetails candidate(UUID candidateId) {
		return applications.candidate(candidateId);
	}

	PersonalInfo of(UUID candidateId) {
		CandidateDetails candidate = applications.candidate(candidateId);
		ParsedResume profile = candidate.profile();
		List<Education> education = profile == null ? List.of()
				: profile.education().stream()
					.map(e -> new Education(e.school(), e.degree(), e.major(), e.start(), e.end(), null))
					.toList();
		List<WorkHistory> work = profile == null ? List.of()
				: profile.experience().stream()
					.map(e -> new WorkHistory(e.organization(), e.title(), e.start(), e.end()))
					.toList();
		List<Certificate> certificates = profile == null ? List.of()
				: profile.certificates().stream().map(name -> new Certificate(name, null)).toList();
		return new PersonalInfo(candidate.name(), firstNonBlank(candidate.phone(), profile == null ? null : profile.phone()),
				firstNonBlank(candidate.email(), profile == null ? null : profile.email()), PersonalInfoValidation.PRC_ID,
				null, null, null, null, null, education, work, certificates);
	}

	private static String firstNonBlank(String first, String second) {
		return first != null && !first.isBlank() ? first : second;
	}
}
