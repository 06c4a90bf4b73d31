package io.renloop.interview;

/**
 * The candidate's feedback, reached with the token of the interview link.
 */
public interface CandidateFeedbacks {

	/**
	 * The feedback once the tenant's settings release it.
	 * @throws io.renloop.platform.BusinessRuleException 404/410 for an altered or expired link, 409 before
	 * submission or before release (the message in the candidate's language)
	 */
	CandidateFeedback feedback(String token);
}
