package io.renloop.performance;

import java.util.List;
import java.util.UUID;

/** Single reviews: read (within the data scope), written by the employee and by their manager, appealed. */
public interface PerformanceReviews {

	ReviewView get(UUID id);

	/** The employee's own review; only the employee, while the self review is open. */
	ReviewView writeSelf(UUID id, WriteReview review);

	/** The manager's scores; anyone with the permission whose data scope holds the employee, never oneself. */
	ReviewView writeManager(UUID id, WriteReview review);

	/** The caller's reviews: published results and the ones in progress, newest first. */
	List<ReviewView> mine();

	/** Appeals a published result once, within the appeal window, through workflow. */
	ReviewView appeal(UUID id, String reason);
}
