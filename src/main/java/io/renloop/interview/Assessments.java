package io.renloop.interview;

import java.util.UUID;

/**
 * The composite assessment of an application: its AI interview score and its interviewers' scorecards, weighted per
 * requisition (by default AI 40 %, humans 60 %). A missing part is never estimated: the composite then rests on the
 * part that exists, and the effective weights say so.
 */
public interface Assessments {

	/** The assessment of an application; unknown applications raise {@code NotFoundException}. */
	AssessmentView assess(UUID applicationId);

	/** The requisition's weights, the defaults when none were set. */
	AssessmentWeights weights(UUID requisitionId);

	/**
	 * Sets the requisition's weights; audited.
	 * @throws io.renloop.platform.InvalidFieldsException unless both are 0–100 and add up to 100
	 */
	AssessmentWeights putWeights(UUID requisitionId, AssessmentWeights weights);
}
