package io.renloop.interview;

import java.util.UUID;

/**
 * E-mails to candidates about their AI interviews. Messages leave after the current transaction commits; a
 * delivery problem never fails the caller.
 */
public interface InterviewInvitations {

	/**
	 * E-mails the candidate of an AI interview the link and its expiry, in Chinese and English. The candidate's
	 * address is read as an audited sensitive read.
	 * @param sessionId the interview started for the candidate
	 * @param candidateUrl the candidate's signed link
	 * @return false when the candidate has no e-mail address, so that nothing was sent
	 */
	boolean emailAiInterviewLink(UUID sessionId, String candidateUrl);
}
