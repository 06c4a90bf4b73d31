package io.renloop.analytics;

import io.renloop.interview.InterviewScored;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.recruitment.CandidateErased;

/**
 * The facts predictive validity is computed from, kept by analytics as they are announced: an application's AI
 * interview scores, the accepted offer (application → position), the employee the offer became (with the hire date)
 * and the performance results published later. The three hiring facts arrive in any order; they are joined when read.
 * Every method is idempotent: the same fact recorded twice changes nothing. Analytics' event listeners record
 * through this, and so does the demo's synthetic history. The tenant is the fact's own.
 */
public interface HiringOutcomes {

	/** Keeps the dimension scores of the application's interview; a later session of the application replaces them. */
	void interviewScored(InterviewScored scored);

	/** Keeps which application the offer was made on and the position it hires into. */
	void offerAccepted(OfferAccepted accepted);

	/** Keeps which employee the offer became and the first working day. */
	void hired(OnboardingCompleted completed);

	/** Keeps every published result, once per employee and cycle. */
	void resultsPublished(PerformanceResultsPublished published);

	/** Drops the interview scores of an erased candidate. */
	void candidateErased(CandidateErased erased);
}
