package io.renloop.training;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes over what an AI interview revealed about a person who is already an employee — each dimension's score and
 * the key points their answers missed — as development needs, by the same code path as the interview's event after
 * the hire. For imports of earlier interviews and for the demo; idempotent per interview session.
 */
public interface InterviewFindings {

	/**
	 * Records the findings of the session for the employee of the current tenant.
	 *
	 * @param dimensionScores each dimension's score from 0 to 100; those below 60 become needs
	 * @param missedPoints the key points the answers did not cover
	 */
	void record(UUID employeeId, UUID sessionId, Map<String, Double> dimensionScores, List<String> missedPoints);
}
