package io.renloop.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 360 feedback: the reviewed employee proposes raters, their manager approves them, each rater answers once, and
 * the results are only ever shown as a {@link FeedbackSummary}.
 */
public interface PerformanceFeedback {

	/** Proposes (the employee) or sets (their manager, HR) the raters of a review; returns the requests. */
	List<FeedbackRequest> raters(UUID reviewId, List<Rater> raters);

	/** The manager approves the proposed raters: they are asked. */
	List<FeedbackRequest> approveRaters(UUID reviewId);

	/** What the caller is asked to rate. */
	List<FeedbackRequest> mine();

	/** The rater's answer, once. */
	FeedbackRequest answer(UUID requestId, Map<String, BigDecimal> scores, String comment);

	/** The summary of a review's feedback: for its manager and HR, and for the employee once published. */
	FeedbackSummary summary(UUID reviewId);
}
