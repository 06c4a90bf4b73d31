package io.renloop.recruitment;

import java.util.List;
import java.util.UUID;

/**
 * How well candidates fit requisitions: a score 0–100 per application with the factors behind it. Scores are
 * explainable — every factor carries its evidence in the reader's language — and depend only on qualifications
 * and resume text, never on protected attributes. Unknown ids, and ids of other tenants, raise
 * {@code NotFoundException}.
 */
public interface Matches {

	/** The applications of a requisition ranked by match score, best first, at most {@code size}. */
	List<ApplicationMatch> ofRequisition(UUID requisitionId, int size);

	/** The match of one application against its requisition. */
	ApplicationMatch ofApplication(UUID applicationId);
}
