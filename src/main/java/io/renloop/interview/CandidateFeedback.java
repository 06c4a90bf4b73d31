package io.renloop.interview;

import java.util.List;
import java.util.UUID;

/**
 * Feedback for the candidate on their AI interview, in the interview's language: what went well, what to work
 * on and how the answers fit the role, in encouraging words. It never contains a score, a level, a weight or the
 * text of a rubric.
 *
 * @param language {@code zh} or {@code en}
 * @param jobFit one sentence on the fit with the role
 * @param closing who decides and what happens next
 */
public record CandidateFeedback(UUID sessionId, String language, List<String> strengths, List<String> improvements,
		String jobFit, String closing) {
}
