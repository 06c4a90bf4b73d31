package io.renloop.recruitment.internal;

import io.renloop.platform.NotFoundException;
import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.Matches;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stored match scores of applications; an application not scored yet (it just arrived) or scored
 * against requirements that have since changed is scored on the spot and stored, so the embedding model runs at
 * most once per application and set of requirements.
 */
@Service
@Transactional
class DefaultMatches implements Matches {

	private final JobApplicationRepository applications;

	private final CandidateRepository candidates;

	private final ApplicationScoring scoring;

	private final StoredMatches stored;

	DefaultMatches(JobApplicationRepository applications, CandidateRepository candidates, ApplicationScoring scoring,
			StoredMatches stored) {
		this.applications = applications;
		this.candidates = candidates;
		this.scoring = scoring;
		this.stored = stored;
	}

	@Override
	public List<ApplicationMatch> ofRequisition(UUID requisitionId, int size) {
		ApplicationScoring.Target target = scoring.target(requisitionId);
		List<JobApplication> found = applications.findByRequisitionIdOrderByCreatedAt(requisitionId);
		Map<UUID, Candidate> people = candidates
			.findAllById(found.stream().map(JobApplication::candidateId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Candidate::id, Function.identity()));
		Map<UUID, StoredMatch> scores = stored.ofRequisition(requisitionId);
		Locale locale = LocaleContextHolder.getLocale();
		return found.stream()
			.map(a -> match(a, people.get(a.candidateId()), scores.get(a.id()), target).view(
					people.get(a.candidateId()).displayName(), a.stage(), locale))
			.sorted(Comparator.comparingDouble(ApplicationMatch::score).reversed())
			.limit(size)
			.toList();
	}

	@Override
	public ApplicationMatch ofApplication(UUID applicationId) {
		JobApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
		Candidate candidate = candidates.findById(application.candidateId()).orElseThrow();
		StoredMatch match = match(application, candidate, stored.ofApplication(applicationId).orElse(null),
				scoring.target(application.requisitionId()));
		return match.view(candidate.displayName(), application.stage(), LocaleContextHolder.getLocale());
	}

	private StoredMatch match(JobApplication application, Candidate candidate, StoredMatch known,
			ApplicationScoring.Target target) {
		if (known != null && known.requirements().equals(target.fingerprint())) {
			return known;
		}
		return scoring.score(application, candidate, target);
	}
}
