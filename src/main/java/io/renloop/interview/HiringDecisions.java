package io.renloop.interview;

import java.util.List;
import java.util.UUID;

/**
 * A person's decision on an application after its assessment. The AI only recommends: a decision needs a signed-in
 * person, records who decided and why, and moves the application through the recruitment module's stage
 * transitions (whose history records the same person and reason).
 */
public interface HiringDecisions {

	/**
	 * Records a decision: ADVANCE moves the application to its next stage (SCREENED or AI_INTERVIEW → INTERVIEWS,
	 * INTERVIEWS → OFFER), REJECT moves it to REJECTED, HOLD keeps its stage.
	 * @throws io.renloop.platform.InvalidFieldsException for a REJECT without a reason
	 * @throws io.renloop.platform.BusinessRuleException 403 without a signed-in person; 409 when the stage cannot move
	 */
	HiringDecisionView decide(UUID applicationId, DecisionCommand command);

	/** The decisions on an application, newest first. */
	List<HiringDecisionView> ofApplication(UUID applicationId);
}
