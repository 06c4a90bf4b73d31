package io.renloop.recruitment.internal.matching;

import io.renloop.recruitment.EducationLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Scores a candidate against a requisition's requirements, 0–100, with a factor per requirement and the evidence
 * for each. Deterministic: the same inputs always give the same result. Only qualifications and text are inputs;
 * protected attributes cannot be passed in.
 */
@Component
public class MatchScorer {

	/** The highest score a candidate who fails a must-have can get. */
	public static final double FAILED_MUST_HAVE_CAP = 40;

	private final TermMatcher terms;

	private final DescriptionSimilarity descriptions;

	@Autowired
	public MatchScorer(TextVectors vectors) {
		this(SynonymLexicon.standard(), vectors);
	}

	MatchScorer(SynonymLexicon synonyms, TextVectors vectors) {
		this.terms = new TermMatcher(synonyms, vectors);
		this.descriptions = new DescriptionSimilarity(vectors);
	}

	/** Scores {@code candidate} against {@code requirements}, explaining in the language of {@code locale}. */
	public MatchResult score(CandidateProfile candidate, JobRequirements requirements, Locale locale) {
		MatchEvidence evidence = new MatchEvidence(locale);
		JobRequirements.FactorWeights weights = requirements.weights();
		List<MatchFactor> factors = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		if (!requirements.requiredSkills().isEmpty()) {
			List<TermMatch> skills = terms.match(requirements.requiredSkills(), candidate.skills());
			factors.add(new MatchFactor("skills", weights.skills(), credit(skills), evidence.terms(skills, false)));
			skills.stream().filter(m -> !m.met()).forEach(m -> failures.add(m.required()));
		}
		if (!requirements.requiredCertificates().isEmpty()) {
			List<TermMatch> certificates = terms.match(requirements.requiredCertificates(), candidate.certificates());
			factors.add(new MatchFactor("certificates", weights.certificates(), credit(certificates),
					evidence.terms(certificates, true)));
			certificates.stream().filter(m -> !m.met()).forEach(m -> failures.add(m.required()));
		}
		if (requirements.minYearsExperience() != null) {
			double score = yearsScore(candidate.totalYearsExperience(), requirements.minYearsExperience());
			factors.add(new MatchFactor("experience", weights.experience(), score,
					evidence.experience(candidate.totalYearsExperience(), requirements.minYearsExperience())));
			if (score < 1) {
				failures.add(evidence.failedYears());
			}
		}
		if (requirements.minEducation() != null) {
			EducationLevel held = DegreeNames.highest(candidate.degrees()).orElse(null);
			double score = educationScore(held, requirements.minEducation());
			factors.add(new MatchFactor("education", weights.education(), score,
					evidence.education(held, requirements.minEducation())));
			if (score < 1) {
				failures.add(evidence.failedEducation());
			}
		}
		if (!requirements.niceToHaves().isEmpty()) {
			List<String> held = Stream.of(candidate.skills(), candidate.certificates(), candidate.titles())
				.flatMap(List::stream)
				.toList();
			List<TermMatch> matches = terms.match(
					requirements.niceToHaves().stream().map(JobRequirements.WeightedTerm::term).toList(), held);
			factors.add(new MatchFactor("niceToHaves", weights.niceToHaves(),
					weightedCredit(matches, requirements.niceToHaves()), evidence.niceToHaves(matches)));
		}
		if (!requirements.description().isBlank() && !candidate.text().isBlank()) {
			double similarity = descriptions.similarity(candidate.text(), requirements.description());
			factors.add(new MatchFactor("description", weights.description(),
					DescriptionSimilarity.score(similarity), evidence.description(similarity)));
		}
		return result(factors, failures, evidence);
	}

	private static MatchResult result(List<MatchFactor> weighted, List<String> failures, MatchEvidence evidence) {
		double totalWeight = weighted.stream().mapToDouble(MatchFactor::weight).sum();
		List<MatchFactor> factors = new ArrayList<>();
		factors.add(new MatchFactor("mustHaves", 0, failures.isEmpty() ? 1 : 0,
				evidence.mustHaves(failures, FAILED_MUST_HAVE_CAP)));
		double total = 0;
		for (MatchFactor factor : weighted) {
			double share = totalWeight == 0 ? 0 : 100 * factor.weight() / totalWeight;
			factors.add(new MatchFactor(factor.name(), round(share), round(factor.score()), factor.evidence()));
			total += share * factor.score();
		}
		if (!failures.isEmpty()) {
			total = Math.min(total, FAILED_MUST_HAVE_CAP);
		}
		return new MatchResult(round(total), failures.isEmpty(), factors);
	}

	private static double credit(List<TermMatch> matches) {
		return matches.stream().mapToDouble(TermMatch::credit).average().orElse(1);
	}

	private static double weightedCredit(List<TermMatch> matches, List<JobRequirements.WeightedTerm> terms) {
		double total = 0;
		double earned = 0;
		for (int i = 0; i < matches.size(); i++) {
			total += terms.get(i).weight();
			earned += terms.get(i).weight() * matches.get(i).credit();
		}
		return total == 0 ? 0 : earned / total;
	}

	private static double yearsScore(BigDecimal years, BigDecimal required) {
		if (required.signum() <= 0) {
			return 1;
		}
		if (years == null) {
			return 0;
		}
		return Math.min(1, years.divide(required, 4, RoundingMode.HALF_EVEN).doubleValue());
	}

	private static double educationScore(EducationLevel held, EducationLevel required) {
		if (held == null) {
			return 0;
		}
		int gap = required.ordinal() - held.ordinal();
		return gap <= 0 ? 1 : Math.max(0, 1 - 0.3 * gap);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
	}
}
