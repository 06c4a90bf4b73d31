package io.renloop.interview;

import java.util.UUID;

/**
 * The candidate's side of an AI interview, reached with the signed token of the link instead of a login. Every
 * call runs as the session's tenant. A token that was altered raises a 404 problem, an expired one a 410; after
 * submission answers and a second submission are refused with 409.
 */
public interface CandidateInterviews {

	CandidateInterviewView state(String token);

	/** Records the candidate's consent to the evaluation described in the notice; idempotent. */
	CandidateInterviewView consent(String token);

	/** Marks the moment a question was first shown; its time limit runs from then. Idempotent. */
	CandidateInterviewView start(String token, UUID questionId);

	/**
	 * Saves or overwrites the answer to a question.
	 * @throws io.renloop.platform.BusinessRuleException 409 before consent, after submission or after the
	 * question's time limit or the plan's overall limit since consent (plus a grace period); 413 for an answer over the maximum length
	 * @throws io.renloop.platform.InvalidFieldsException for a question that is not part of the interview
	 */
	CandidateInterviewView answer(String token, UUID questionId, String text);

	/** Scores every answer (missing ones score 0), closes the interview and publishes {@link InterviewScored}. */
	CandidateInterviewView submit(String token);
}
