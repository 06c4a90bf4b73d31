package io.renloop.recruitment.internal.matching;

import io.renloop.recruitment.EducationLevel;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a requisition asks of candidates. Every must-have that is set must be met, or the match score is capped
 * at {@link MatchScorer#FAILED_MUST_HAVE_CAP}. Like {@link CandidateProfile} it has no field for protected
 * attributes, so they cannot be asked for.
 * @param minYearsExperience must-have years of experience, or null
 * @param minEducation must-have lowest degree, or null
 * @param requiredCertificates must-have certificates
 * @param requiredSkills must-have skills
 * @param niceToHaves skills, certificates or titles that add to the score, each with its weight
 * @param description the job description, compared semantically with the resume's text
 * @param weights the share of each factor in the total
 */
public record JobRequirements(BigDecimal minYearsExperience, EducationLevel minEducation,
		List<String> requiredCertificates, List<String> requiredSkills, List<WeightedTerm> niceToHaves,
		String description, FactorWeights weights) {

	public JobRequirements {
		requiredCertificates = List.copyOf(requiredCertificates);
		requiredSkills = List.copyOf(requiredSkills);
		niceToHaves = List.copyOf(niceToHaves);
		description = description == null ? "" : description;
		weights = weights == null ? FactorWeights.STANDARD : weights;
	}

	/** A nice-to-have term and how much it counts relative to the other nice-to-haves. */
	public record WeightedTerm(String term, double weight) {
	}

	/**
	 * Relative weights of the factors; factors a requisition does not use (e.g. no certificates required) are left
	 * out and the others share their weight.
	 */
	public record FactorWeights(double skills, double certificates, double experience, double education,
			double niceToHaves, double description) {

		/** Skills 30, certificates 20, experience 20, education 10, nice-to-haves 10, description 10. */
		public static final FactorWeights STANDARD = new FactorWeights(30, 20, 20, 10, 10, 10);
	}
}
