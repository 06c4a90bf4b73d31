package io.renloop.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An interview as the candidate sees it: never a rubric or a score.
 *
 * @param status CREATED, CONSENTED or SUBMITTED
 * @param language {@code zh} or {@code en}: the language of most questions
 * @param notice how answers are evaluated and what is and is not analysed, in that language
 * @param consentedAt when the candidate consented, or null
 * @param expiresAt until when the link works
 * @param questions in the order they are asked
 * @param humanReview the candidate's request for a human review of the interview, or null when none was made
 */
public record CandidateInterviewView(UUID sessionId, String status, String language, Notice notice,
		Instant consentedAt, Instant expiresAt, Instant submittedAt, List<CandidateQuestion> questions,
		CandidateHumanReview humanReview) {

	/**
	 * @param evaluation how answers are evaluated
	 * @param analysed what is analysed
	 * @param notAnalysed what is never analysed
	 * @param humanDecision who decides
	 */
	public record Notice(String evaluation, String analysed, String notAnalysed, String humanDecision) {
	}

	/**
	 * @param answer the saved answer, or null
	 * @param startedAt when the question was first shown, or null
	 * @param deadline until when an answer is accepted, or null before it was shown
	 */
	public record CandidateQuestion(UUID id, int order, String text, int timeLimitSeconds, String answer,
			Instant startedAt, Instant deadline, Instant savedAt) {
	}
}
