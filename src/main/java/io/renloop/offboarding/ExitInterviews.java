package io.renloop.offboarding;

import io.renloop.offboarding.OffboardingCommands.ExitInterviewAnswers;
import io.renloop.offboarding.OffboardingViews.ExitInterviewView;
import io.renloop.offboarding.OffboardingViews.ExitReasonView;
import java.util.List;
import java.util.UUID;

/**
 * The exit interview: the leaver answers once, on the phone, while the case is approved; the answers are
 * confidential to HR (OFFBOARDING_ADMIN), whose every read is audited. Only the reason codes leave the module
 * ({@link ExitInterviewCompleted}, {@link EmployeeLeft}).
 */
public interface ExitInterviews {

	/** The tenant's reasons for leaving, in the reader's language (seeded with the defaults on first use). */
	List<ExitReasonView> reasons();

	/** The leaver (or HR on their behalf) answers; 409 when answered already or the case is not approved. */
	void submit(UUID caseId, ExitInterviewAnswers answers);

	/** The answers of a case; HR only, audited; 404 before they were given. */
	ExitInterviewView answers(UUID caseId);
}
