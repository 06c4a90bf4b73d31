package io.renloop.interview;

import java.util.List;
import java.util.UUID;

/**
 * Interviewers' scorecards of an application: per-dimension ratings 1–5 with comments and a recommendation. Only an
 * interviewer of one of the application's scheduled interviews, or a holder of {@code INTERVIEW_WRITE} (HR,
 * recruiters), writes one. Each interviewer has one scorecard per application; submitting again replaces it (the
 * change is audited). The
 * dimensions are those of the requisition's interview plan, or of its competency model when it has no plan.
 * Unknown applications, and those of other tenants, raise {@code NotFoundException}.
 */
public interface Scorecards {

	/**
	 * Creates or replaces the signed-in interviewer's scorecard.
	 * @throws io.renloop.platform.InvalidFieldsException for a dimension the requisition does not assess, a dimension
	 * rated twice or a rating outside 1–5
	 * @throws io.renloop.platform.BusinessRuleException 403 for an interviewer not assigned to an interview of the
	 * application; 409 when the requisition has neither plan nor competency model
	 */
	Saved submit(UUID applicationId, ScorecardDefinition scorecard);

	/** Whether the signed-in user may submit a scorecard of the application. */
	boolean maySubmit(UUID applicationId);

	/** The application's scorecards, oldest first. */
	List<ScorecardView> ofApplication(UUID applicationId);

	/** The dimensions a scorecard of this application rates, in the order of their weights. */
	List<String> dimensions(UUID applicationId);

	/**
	 * @param created whether this was the interviewer's first scorecard of the application
	 */
	record Saved(ScorecardView scorecard, boolean created) {
	}
}
