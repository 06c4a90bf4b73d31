package io.renloop.recruitment;

import java.util.List;
import java.util.UUID;

/**
 * How well one application fits its requisition.
 * @param candidateId the candidate
 * @param applicationId the application
 * @param candidateName the candidate's name, or the name of their resume file when the resume states none
 * @param stage where the application stands
 * @param score 0–100, one decimal
 * @param mustHavesMet whether every must-have is met; when not, the score is capped at 40
 * @param factors the parts of the score, each with its evidence
 */
public record ApplicationMatch(UUID candidateId, UUID applicationId, String candidateName, ApplicationStage stage,
		double score, boolean mustHavesMet, List<Factor> factors) {

	public ApplicationMatch {
		factors = List.copyOf(factors);
	}

	/**
	 * One part of a match score.
	 * @param name {@code mustHaves}, {@code skills}, {@code certificates}, {@code experience}, {@code education},
	 * {@code niceToHaves} or {@code description}
	 * @param weight the factor's share of the total, percent (0 for {@code mustHaves}, which caps instead)
	 * @param score how well the candidate meets the factor, 0–1
	 * @param evidence why, in words a recruiter reads
	 */
	public record Factor(String name, double weight, double score, String evidence) {
	}
}
