package io.renloop.interview;

import java.util.List;
import java.util.UUID;

/**
 * Candidates' requests for a person to review their AI interview (PIPL art. 24; the alternative process of NYC
 * Local Law 144). A request is routed to the recruiter who owns the requisition and is due within
 * {@code renloop.interview.human-review-days} business days (default 5; Saturdays and Sundays do not count).
 */
public interface HumanReviews {

	/**
	 * The candidate asks for a human review, with the token of the interview link: after submission, once per
	 * interview, until the link expired plus {@code renloop.interview.human-review-grace-days} (default 30).
	 * @throws io.renloop.platform.BusinessRuleException 404/410 for an invalid or long-expired token; 409 before
	 * submission or for a second request
	 */
	CandidateHumanReview request(String token, String reason);

	/** The tenant's requests, those due first; {@code status} OPEN or ANSWERED, or null for all. */
	List<HumanReviewView> queue(String status);

	/**
	 * A person answers a request with their own assessment; audited.
	 * @throws io.renloop.platform.BusinessRuleException 409 when it was answered already
	 */
	HumanReviewView answer(UUID id, HumanReviewAnswer answer);

	/** The requests for human review of an application's AI interviews, newest first. */
	List<HumanReviewView> ofApplication(UUID applicationId);
}
