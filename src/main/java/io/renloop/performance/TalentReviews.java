package io.renloop.performance;

import java.util.UUID;

/** The talent review (9-box) of a department's subtree, within the viewer's data scope. */
public interface TalentReviews {

	TalentReviewView of(UUID departmentId);
}
