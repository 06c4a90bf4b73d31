package io.renloop.interview;

import java.util.UUID;

/**
 * What the token of a candidate's interview link stands for, for other modules that serve the same candidate
 * through that link. An altered token raises a 404 problem, an expired one a 410.
 */
public interface InterviewTokens {

	Subject subject(String token);

	/**
	 * @param language {@code zh} or {@code en}: the language of the interview
	 */
	record Subject(String tenantId, UUID sessionId, UUID applicationId, UUID candidateId, String language,
			boolean submitted) {
	}
}
