package io.renloop.recruitment.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.TalentPool;
import io.renloop.recruitment.internal.matching.MatchResult;
import io.renloop.recruitment.internal.matching.MatchScorer;
import io.renloop.recruitment.internal.talentpool.RankedCandidate;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the talent-pool index of the current tenant and reads the hits' profiles from the database (which
 * filters by tenant and consent once more, should the index lag behind). Recommendations are the index's best hits for a requisition's requirements,
 * without those who applied, ranked by their match score.
 */
@Service
@Transactional
class DefaultTalentPool implements TalentPool {

	/** How many more index hits than asked for are scored, so that dropping applicants still leaves enough. */
	static final int RECOMMENDATION_DEPTH = 3;

	private final ObjectProvider<TalentPoolIndex> index;

	private final TalentPoolMaintenance maintenance;

	private final TalentPoolEntries entries;

	private final CandidateRepository candidates;

	private final JobApplicationRepository applications;

	private final CandidateProfiles profiles;

	private final ApplicationScoring scoring;

	private final MatchScorer scorer;

	private final AuditTrail audit;

	DefaultTalentPool(ObjectProvider<TalentPoolIndex> index, TalentPoolMaintenance maintenance,
			TalentPoolEntries entries, CandidateRepository candidates, JobApplicationRepository applications, CandidateProfiles profiles,
			ApplicationScoring scoring, MatchScorer scorer, AuditTrail audit) {
		this.index = index;
		this.maintenance = maintenance;
		this.entries = entries;
		this.candidates = candidates;
		this.applications = applications;
		this.profiles = profiles;
		this.scoring = scoring;
		this.scorer = scorer;
		this.audit = audit;
	}

	@Override
	public List<TalentPoolHit> search(String query, int size) {
		if (query == null || query.isBlank()) {
			throw InvalidFieldsException.of("q", "recruitment.talentPool.queryRequired");
		}
		List<RankedCandidate> ranked = index.getObject().search(TenantContext.require(), query.strip(), size);
		Map<UUID, Candidate> found = people(ranked);
		List<TalentPoolHit> hits = ranked.stream()
			.filter(r -> found.containsKey(UUID.fromString(r.candidateId())))
			.map(r -> hit(found.get(UUID.fromString(r.candidateId())), r.score()))
			.toList();
		audit.recordSensitiveRead("TalentPool", "search", "query=" + query.strip() + "; hits=" + hits.size());
		return hits;
	}

	@Override
	@Transactional
	public List<TalentPoolHit> named(String text, int size) {
		List<TalentPoolHit> hits = candidates
			.findByNameContainingIgnoreCaseAndErasedAtIsNullAndConsentGivenAtIsNotNullOrderByCreatedAtDesc(text.strip(),
					PageRequest.of(0, size))
			.stream()
			.map(candidate -> hit(candidate, 0))
			.toList();
		audit.recordSensitiveRead("TalentPool", "named", "text=" + text.strip() + "; hits=" + hits.size());
		return hits;
	}

	@Override
	public List<Recommendation> recommendationsFor(UUID requisitionId, int size) {
		ApplicationScoring.Target target = scoring.target(requisitionId);
		Set<UUID> applied = applications.findByRequisitionIdOrderByCreatedAt(requisitionId)
			.stream()
			.map(JobApplication::candidateId)
			.collect(Collectors.toSet());
		List<RankedCandidate> ranked = index.getObject()
			.recommend(TenantContext.require(), target.requirements(), RECOMMENDATION_DEPTH * size + applied.size());
		Map<UUID, Candidate> found = people(ranked);
		Locale locale = LocaleContextHolder.getLocale();
		return ranked.stream()
			.filter(r -> !applied.contains(UUID.fromString(r.candidateId())))
			.filter(r -> found.containsKey(UUID.fromString(r.candidateId())))
			.map(r -> recommendation(found.get(UUID.fromString(r.candidateId())), r.score(), target, locale))
			.sorted(Comparator.comparingDouble(Recommendation::score)
				.thenComparingDouble(Recommendation::relevance)
				.reversed())
			.limit(size)
			.toList();
	}

	@Override
	public void rebuild() {
		audit.recordChange("REBUILD", "TalentPool", TenantContext.require(), null, Map.of("requested", true));
		maintenance.requestRebuild();
	}

	private Map<UUID, Candidate> people(List<RankedCandidate> ranked) {
		return candidates.findAllById(ranked.stream().map(r -> UUID.fromString(r.candidateId())).toList())
			.stream()
			.filter(entries::keepable)
			.collect(Collectors.toMap(Candidate::id, Function.identity()));
	}

	private TalentPoolHit hit(Candidate candidate, double relevance) {
		ParsedResume resume = profiles.resume(candidate);
		return new TalentPoolHit(candidate.id(), candidate.displayName(), Headlines.of(resume),
				resume == null ? List.of() : resume.skills(), resume == null ? List.of() : resume.certificates(),
				relevance);
	}

	private Recommendation recommendation(Candidate candidate, double relevance, ApplicationScoring.Target target,
			Locale locale) {
		MatchResult result = scorer.score(profiles.forMatching(candidate), target.requirements(), locale);
		return new Recommendation(candidate.id(), candidate.displayName(), Headlines.of(profiles.resume(candidate)),
				result.score(), result.mustHavesMet(), relevance, result.factors()
					.stream()
					.map(f -> new ApplicationMatch.Factor(f.name(), f.weight(), f.score(), f.evidence()))
					.toList());
	}
}
