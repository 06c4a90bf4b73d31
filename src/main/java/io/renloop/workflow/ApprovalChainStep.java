package io.renloop.workflow;

import io.renloop.platform.Role;
import java.math.BigDecimal;

/**
 * One step of an approval chain, as an administrator configures it without BPMN.
 *
 * @param name what approvers see, e.g. "Department head"
 * @param kind who approves: the manager hierarchy or the holders of a role
 * @param levels for {@link Kind#MANAGER}: how many levels up (1 = the direct manager or department head)
 * @param role for {@link Kind#ROLE}: the role whose holders approve
 * @param mode one after another, or all at once with all or any of them deciding
 * @param amountAbove the step runs only when the request's amount is above this, or always when null
 * @param reminder ISO-8601 duration after which the approver is reminded by e-mail (e.g. {@code PT24H}), or null
 * @param escalation ISO-8601 duration after which the task moves to the approver's manager, or null
 */
public record ApprovalChainStep(String name, Kind kind, Integer levels, Role role, Mode mode, BigDecimal amountAbove,
		String reminder, String escalation) {

	/** Who approves a step. */
	public enum Kind {
		MANAGER, ROLE
	}

	/**
	 * How the approvers of a step decide: SEQUENTIAL one after another (a role's holders as candidates of one task,
	 * the first to decide wins); PARALLEL_ALL every approver must approve; PARALLEL_ANY the first approval suffices.
	 */
	public enum Mode {
		SEQUENTIAL, PARALLEL_ALL, PARALLEL_ANY
	}
}
