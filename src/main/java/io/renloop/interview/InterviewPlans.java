package io.renloop.interview;

import java.util.UUID;

/**
 * The interview plans of the current tenant's requisitions. Unknown requisitions, requisitions of other tenants
 * and requisitions without a plan raise {@code NotFoundException}.
 */
public interface InterviewPlans {

	InterviewPlanView get(UUID requisitionId);

	/**
	 * Creates or replaces the plan of a requisition. Without dimension weights, they are taken from the
	 * requisition's competency model (or shared equally by the questions' dimensions when it has none).
	 * @throws io.renloop.platform.InvalidFieldsException when a question is not in the bank or listed twice, the
	 * weights do not add up to 1 (±0.01), or a question's dimension has no weight
	 */
	InterviewPlanView put(UUID requisitionId, InterviewPlanDefinition plan);
}
