package io.renloop.offboarding;

import java.util.List;
import java.util.UUID;

/**
 * A leaver answered the exit interview; for analytics. Carries the reasons only, never the confidential free text.
 *
 * @param reasonCodes the reasons chosen from the tenant's list
 * @param wouldReturn whether they would come back, null when not answered
 */
public record ExitInterviewCompleted(String tenantId, UUID employeeId, UUID caseId, List<String> reasonCodes,
		Boolean wouldReturn) {

	public ExitInterviewCompleted {
		reasonCodes = List.copyOf(reasonCodes);
	}
}
