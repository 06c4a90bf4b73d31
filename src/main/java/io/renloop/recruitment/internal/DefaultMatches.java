package io.renloop.recruitment.internal;

import io.renloop.platform.NotFoundException;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.Matches;
import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.recruitment.internal.matching.CandidateProfile;
import io.renloop.recruitment.internal.matching.JobRequirements;
import io.renloop.recruitment.internal.matching.MatchResult;
import io.renloop.recruitment.internal.matching.MatchScorer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores applications against their requisition's competency model when asked.
 */
@Service
@Transactional(readOnly = true)
class DefaultMatches implements Matches {

	private final Requisitions requisitions;

	private final JobApplicationRepository applications;

	private final CandidateRepository candidates;

	private final MatchScorer scorer;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	DefaultMatches(Requisitions requisitions, JobApplicationRepository applications, CandidateRepository candidates,
			MatchScorer scorer, PersonalDataCipher cipher, JsonMapper json) {
		this.requisitions = requisitions;
		this.applications = applications;
		this.candidates = candidates;
		this.scorer = scorer;
		this.cipher = cipher;
		this.json = json;
	}

	@Override
	public List<ApplicationMatch> ofRequisition(UUID requisitionId, int size) {
		RequisitionView requisition = requisitions.get(requisitionId);
		JobRequirements requirements = RequirementsOfModel.of(requisition.competencyModel(), requisition.title());
		Locale locale = LocaleContextHolder.getLocale();
		return applications.findByRequisitionIdOrderByCreatedAt(requisitionId)
			.stream()
			.map(a -> match(a, requirements, locale))
			.sorted(Comparator.comparingDouble(ApplicationMatch::score).reversed())
			.limit(size)
			.toList();
	}

	@Override
	public ApplicationMatch ofApplication(UUID applicationId) {
		JobApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
		RequisitionView requisition = requisitions.get(application.requisitionId());
		return match(application, RequirementsOfModel.of(requisition.competencyModel(), requisition.title()),
				LocaleContextHolder.getLocale());
	}

	private ApplicationMatch match(JobApplication application, JobRequirements requirements, Locale locale) {
		Candidate candidate = candidates.findById(application.candidateId()).orElseThrow();
		MatchResult result = scorer.score(profile(candidate), requirements, locale);
		return new ApplicationMatch(candidate.id(), application.id(), candidate.name(), application.stage(),
				result.score(), result.mustHavesMet(), result.factors()
					.stream()
					.map(f -> new ApplicationMatch.Factor(f.name(), f.weight(), f.score(), f.evidence()))
					.toList());
	}

	private CandidateProfile profile(Candidate candidate) {
		String text = candidate.sealedResumeText() == null ? "" : cipher.decrypt(candidate.sealedResumeText());
		if (candidate.profile() == null) {
			return new CandidateProfile(List.of(), List.of(), List.of(), List.of(), null, text);
		}
		return CandidateProfile.of(json.readValue(candidate.profile(), ParsedResume.class), text);
	}
}
