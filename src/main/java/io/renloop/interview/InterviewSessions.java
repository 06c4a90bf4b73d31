package io.renloop.interview;

import java.util.UUID;

/**
 * AI interviews from HR's side: starting one for an application and reading its report. Unknown ids, and ids
 * of other tenants, raise {@code NotFoundException}.
 */
public interface InterviewSessions {

	/**
	 * Starts an interview for an application with its requisition's plan and moves a SCREENED application to
	 * AI_INTERVIEW; applications in other stages keep theirs.
	 * @return the session and the signed token of the candidate's link
	 * @throws io.renloop.platform.BusinessRuleException 409 when the requisition has no interview plan
	 */
	SessionLink start(UUID applicationId);

	/** The scored interview with its evidence, in the reader's language; 409 before it is submitted. */
	InterviewReport report(UUID sessionId);

	/**
	 * @param sessionId the session
	 * @param token the signed token of the candidate's link
	 */
	record SessionLink(UUID sessionId, String token) {
	}
}
