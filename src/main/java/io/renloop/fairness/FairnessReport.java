package io.renloop.fairness;

import io.renloop.recruitment.ApplicationStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Selection rates per self-reported group and their impact ratios: a group's selection rate divided by the highest
 * rate among the groups with enough applicants. A ratio below 0.8 (the four-fifths rule) is flagged.
 *
 * @param requisitionId the requisition, or null for all requisitions
 * @param stage an application is selected when it reached this stage or a later one
 * @param minimumGroupSize groups with fewer applicants are too small to judge
 */
public record FairnessReport(UUID requisitionId, ApplicationStage stage, int minimumGroupSize,
		List<AttributeResult> attributes) {

	/** @param attribute GENDER or AGE_BAND */
	public record AttributeResult(String attribute, List<GroupResult> groups) {
	}

	/**
	 * @param group a value of {@link Gender} or {@link AgeBand}, or NOT_REPORTED
	 * @param selectionRate selected ÷ applicants (four decimals), null without applicants
	 * @param impactRatio selection rate ÷ the highest compared group's rate (four decimals), null when not compared
	 * or when no compared group had anyone selected
	 */
	public record GroupResult(String group, long applicants, long selected, BigDecimal selectionRate,
			BigDecimal impactRatio, Flag flag) {
	}

	public enum Flag {
		/** Compared, at or above four fifths of the highest rate. */
		OK,
		/** Compared, below four fifths of the highest rate. */
		ADVERSE_IMPACT,
		/** Fewer applicants than the minimum group size: not compared. */
		INSUFFICIENT_DATA,
		/** Candidates who did not report or preferred not to say: shown, never compared. */
		NOT_COMPARED
	}
}
