package io.renloop.workflow.internal;

import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChainStep.Kind;
import io.renloop.workflow.ApprovalChainStep.Mode;
import io.renloop.workflow.ApprovalRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Resolves a chain step to its approver slots when an approval starts: one slot per task instance, each a
 * comma-separated list of candidate users. Levels of the hierarchy without anybody are reported as skipped.
 */
@Component
class ApproverSlots {

	private final ApproverDirectory directory;

	ApproverSlots(ApproverDirectory directory) {
		this.directory = directory;
	}

	/**
	 * @param slots the task instances of the step, each a comma-separated list of candidate user ids
	 * @param skippedLevels the levels of the hierarchy (1 = direct) at which nobody could approve
	 */
	record Resolved(List<String> slots, List<Integer> skippedLevels) {
	}

	Resolved resolve(String tenantId, ApprovalChainStep step, ApprovalRequest request) {
		if (step.kind() == Kind.ROLE) {
			List<String> holders = directory.holdersOf(tenantId, step.role()).stream().map(UUID::toString).toList();
			if (holders.isEmpty()) {
				return new Resolved(List.of(), List.of());
			}
			return new Resolved(sequential(step) ? List.of(String.join(",", holders)) : holders, List.of());
		}
		List<UUID> managers = directory.managerEmployees(tenantId, request.employeeId(), request.departmentId(),
				step.levels() == null ? 1 : step.levels());
		List<String> slots = new ArrayList<>();
		List<Integer> skipped = new ArrayList<>();
		for (int level = 1; level <= managers.size(); level++) {
			var user = directory.userOfEmployee(tenantId, managers.get(level - 1));
			if (user.isEmpty() || slots.contains(user.get().toString())) {
				skipped.add(level);
			}
			else {
				slots.add(user.get().toString());
			}
		}
		return new Resolved(slots, skipped);
	}

	String fallback(String tenantId) {
		return directory.holdersOf(tenantId, io.renloop.platform.Role.TENANT_ADMIN)
			.stream()
			.map(UUID::toString)
			.collect(Collectors.joining(","));
	}

	private static boolean sequential(ApprovalChainStep step) {
		return step.mode() == null || step.mode() == Mode.SEQUENTIAL;
	}
}
