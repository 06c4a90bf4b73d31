package io.renloop.recruitment.internal;

import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.recruitment.internal.matching.CandidateProfile;
import io.renloop.recruitment.internal.matching.JobRequirements;
import io.renloop.recruitment.internal.matching.MatchFactor;
import io.renloop.recruitment.internal.matching.MatchResult;
import io.renloop.recruitment.internal.matching.MatchScorer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Computes and stores the match of applications against their requisition, with the evidence in Chinese and
 * English. The second language costs no model call: the vectors of the first are cached.
 */
@Component
class ApplicationScoring {

	private final Requisitions requisitions;

	private final JobApplicationRepository applications;

	private final CandidateRepository candidates;

	private final CandidateProfiles profiles;

	private final MatchScorer scorer;

	private final StoredMatches stored;

	private final Clock clock;

	ApplicationScoring(Requisitions requisitions, JobApplicationRepository applications,
			CandidateRepository candidates, CandidateProfiles profiles, MatchScorer scorer, StoredMatches stored,
			Clock clock) {
		this.requisitions = requisitions;
		this.applications = applications;
		this.candidates = candidates;
		this.profiles = profiles;
		this.scorer = scorer;
		this.stored = stored;
		this.clock = clock;
	}

	/** What the requisition asks for, with the fingerprint stored scores are checked against. */
	Target target(UUID requisitionId) {
		RequisitionView requisition = requisitions.get(requisitionId);
		JobRequirements requirements = RequirementsOfModel.of(requisition.competencyModel(), requisition.title());
		return new Target(requisitionId, requirements, RequirementsOfModel.fingerprint(requirements));
	}

	/** Scores one application (of the current tenant) and stores the result. */
	StoredMatch score(UUID applicationId) {
		JobApplication application = applications.findById(applicationId).orElseThrow();
		return score(application, candidates.findById(application.candidateId()).orElseThrow(),
				target(application.requisitionId()));
	}

	/** Scores every application of a requisition again, e.g. after its competency model changed. */
	void scoreAll(UUID requisitionId) {
		Target target = target(requisitionId);
		for (JobApplication application : applications.findByRequisitionIdOrderByCreatedAt(requisitionId)) {
			score(application, candidates.findById(application.candidateId()).orElseThrow(), target);
		}
	}

	StoredMatch score(JobApplication application, Candidate candidate, Target target) {
		StoredMatch match = bilingual(application.id(), candidate.id(), profiles.forMatching(candidate), target);
		stored.save(match, clock.instant());
		return match;
	}

	private StoredMatch bilingual(UUID applicationId, UUID candidateId, CandidateProfile profile, Target target) {
		MatchResult chinese = scorer.score(profile, target.requirements(), Locale.CHINESE);
		MatchResult english = scorer.score(profile, target.requirements(), Locale.ENGLISH);
		List<StoredMatch.Factor> factors = new ArrayList<>();
		for (int i = 0; i < chinese.factors().size(); i++) {
			MatchFactor zh = chinese.factors().get(i);
			factors.add(new StoredMatch.Factor(zh.name(), zh.weight(), zh.score(), zh.evidence(),
					english.factors().get(i).evidence()));
		}
		return new StoredMatch(applicationId, candidateId, target.requisitionId(), chinese.score(),
				chinese.mustHavesMet(), factors, target.fingerprint());
	}

	/** A requisition's requirements and their fingerprint. */
	record Target(UUID requisitionId, JobRequirements requirements, String fingerprint) {
	}
}
