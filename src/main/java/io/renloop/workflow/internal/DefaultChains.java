package io.renloop.workflow.internal;

import io.renloop.platform.Role;
import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChainStep.Kind;
import io.renloop.workflow.ApprovalChainStep.Mode;
import java.math.BigDecimal;
import java.util.List;

/** The chains that run while a tenant has configured none for a subject type. */
final class DefaultChains {

	static final String REMINDER = "PT24H";

	static final String ESCALATION = "PT48H";

	/** Leave longer than this many days needs HR too; a tenant changes it in its own leave chain. */
	static final BigDecimal LEAVE_HR_THRESHOLD_DAYS = new BigDecimal("3");

	private DefaultChains() {
	}

	static List<ApprovalChainStep> of(String subjectType) {
		return switch (subjectType) {
			case "offer" -> List.of(manager("Department head"), role("HR", Role.HR_ADMIN, null),
					role("General manager", Role.GENERAL_MANAGER, new BigDecimal("30000")));
			case "probation" -> List.of(manager("Manager"), role("HR", Role.HR_ADMIN, null));
			// a leaving case: the leaver's manager, then HR
			case "offboarding" -> List.of(manager("Manager"), role("HR", Role.HR_ADMIN, null));
			case "shift-swap", "overtime", "attendance-correction", "training-enrolment" -> List.of(manager("Manager"));
			// the amount of a leave request is its days: HR approves after the manager above the threshold
			case "leave" -> List.of(manager("Manager"), role("HR", Role.HR_ADMIN, LEAVE_HR_THRESHOLD_DAYS));
			// payroll specialists submit; HR checks the people side, finance the money
			case "payroll-run" -> List.of(role("HR", Role.HR_ADMIN, null), role("Finance", Role.FINANCE, null));
			// calibrated results: HR signs them off; an appeal is decided by HR, not by the manager who graded
			case "performance-result", "performance-appeal" -> List.of(role("HR", Role.HR_ADMIN, null));
			default -> List.of(manager("Manager"));
		};
	}

	private static ApprovalChainStep manager(String name) {
		return new ApprovalChainStep(name, Kind.MANAGER, 1, null, Mode.SEQUENTIAL, null, REMINDER, ESCALATION);
	}

	private static ApprovalChainStep role(String name, Role role, BigDecimal amountAbove) {
		return new ApprovalChainStep(name, Kind.ROLE, null, role, Mode.SEQUENTIAL, amountAbove, REMINDER, null);
	}
}
