package io.renloop.workflow.internal;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration.UserView;
import io.renloop.platform.TenantTransactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The employment ended (a TERMINATION on the employee's timeline; ADR 0033): the open tasks the leaver was to decide
 * move on — to the leaver's manager (a login that is not locked), else to HR's administrators, else to the tenant
 * administrators (the chains' fallback). Each moved task is audited and its step is marked
 * {@value #NOTE} in the approval history. Approvals the leaver started keep running: they concern the leaver's own
 * time (leave, overtime, corrections) that still counts for the final pay, and the subject modules handle what lies
 * after the last day. Idempotent: a repeated delivery finds no task of the leaver and changes nothing.
 */
@Component
class LeaverTasksMoveOn {

	static final String NOTE = "LEAVER_REASSIGNED";

	private final TaskService tasks;

	private final ApproverDirectory directory;

	private final ApproverSlots slots;

	private final Approvals approvals;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	LeaverTasksMoveOn(TaskService tasks, ApproverDirectory directory, ApproverSlots slots, Approvals approvals,
			AuditTrail audit, TenantTransactions inTenant) {
		this.tasks = tasks;
		this.directory = directory;
		this.slots = slots;
		this.approvals = approvals;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		if (changed.change() != LifecycleChange.TERMINATION) {
			return;
		}
		inTenant.run(changed.tenantId(), () -> directory.userOfEmployee(changed.tenantId(), changed.employeeId())
			.ifPresent(leaver -> moveOn(changed.tenantId(), leaver)));
	}

	private void moveOn(String tenantId, UUID leaver) {
		List<Task> assigned = tasks.createTaskQuery().taskTenantId(tenantId).taskAssignee(leaver.toString()).list();
		List<Task> offered = tasks.createTaskQuery().taskTenantId(tenantId).taskCandidateUser(leaver.toString()).list();
		if (assigned.isEmpty() && offered.isEmpty()) {
			return;
		}
		List<UUID> successors = successors(tenantId, leaver);
		if (successors.isEmpty()) {
			// nobody to hand the tasks to (no manager, no HR, no administrator): better left visible than orphaned
			return;
		}
		for (Task task : assigned) {
			if (successors.size() == 1) {
				tasks.setAssignee(task.getId(), successors.get(0).toString());
			}
			else {
				tasks.unclaim(task.getId());
				successors.forEach(user -> tasks.addCandidateUser(task.getId(), user.toString()));
			}
			moved(tenantId, task, leaver, successors);
		}
		for (Task task : offered) {
			tasks.deleteCandidateUser(task.getId(), leaver.toString());
			boolean nobodyLeft = tasks.getIdentityLinksForTask(task.getId())
				.stream()
				.noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
			if (nobodyLeft) {
				successors.forEach(user -> tasks.addCandidateUser(task.getId(), user.toString()));
			}
			moved(tenantId, task, leaver, nobodyLeft ? successors : List.of());
		}
	}

	private void moved(String tenantId, Task task, UUID leaver, List<UUID> to) {
		UUID assignee = to.size() == 1 ? to.get(0) : null;
		approvals.reassignStep(tenantId, task.getId(), assignee, null, leaver, NOTE);
		audit.recordChange("REASSIGN", "ApprovalTask", task.getId(), Map.of("assignee", leaver.toString()),
				Map.of("assignees", to.stream().map(UUID::toString).toList(), "reason", NOTE));
	}

	/** The leaver's manager; else HR's administrators; else the tenant administrators. */
	private List<UUID> successors(String tenantId, UUID leaver) {
		Optional<UUID> manager = directory.managerOfUser(tenantId, leaver)
			.flatMap(id -> directory.user(tenantId, id))
			.filter(user -> !user.locked() && !user.id().equals(leaver))
			.map(UserView::id);
		if (manager.isPresent()) {
			return List.of(manager.get());
		}
		List<UUID> hr = directory.holdersOf(tenantId, Role.HR_ADMIN).stream().filter(id -> !id.equals(leaver)).toList();
		if (!hr.isEmpty()) {
			return hr;
		}
		return List.of(slots.fallback(tenantId).split(",")).stream()
			.filter(id -> !id.isBlank())
			.map(UUID::fromString)
			.filter(id -> !id.equals(leaver))
			.toList();
	}
}
