package io.renloop.performance.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.Employees;
import io.renloop.organization.Organization;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.CycleView;
import io.renloop.performance.KeyResult;
import io.renloop.performance.ObjectiveView;
import io.renloop.performance.PerformanceObjectives;
import io.renloop.performance.SaveObjective;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OKR of a cycle. Who keeps which objective: the company's needs {@code PERFORMANCE_ADMIN}; a department's needs the
 * department in the viewer's data scope (its manager, HR); a person's is their own, or kept by whoever's data scope
 * holds the person. Objectives are transparent: everyone in the tenant reads the cascade, as OKR practice wants.
 */
@Service
class DefaultPerformanceObjectives implements PerformanceObjectives {

	private final ObjectiveStore store;

	private final CycleStore cycles;

	private final ReviewScope scope;

	private final Employees employees;

	private final Organization organization;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultPerformanceObjectives(ObjectiveStore store, CycleStore cycles, ReviewScope scope,
			Employees employees, Organization organization, AuditTrail audit, Clock clock) {
		this.store = store;
		this.cycles = cycles;
		this.scope = scope;
		this.employees = employees;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ObjectiveView create(UUID cycleId, SaveObjective objective) {
		String tenantId = TenantContext.require();
		CycleRow cycle = cycles.byId(tenantId, cycleId).orElseThrow(() -> new NotFoundException("Cycle", cycleId));
		if (!cycles.usesOkr(tenantId, cycleId)) {
			throw new BusinessRuleException(409, "performance.objective.notOkr");
		}
		if (cycle.view().phase().compareTo(CyclePhase.MANAGER_REVIEW) > 0) {
			throw new BusinessRuleException(409, "performance.objective.closed");
		}
		if (objective.parentId() != null && store.byId(tenantId, objective.parentId())
			.filter(parent -> parent.cycleId().equals(cycleId))
			.isEmpty()) {
			throw InvalidFieldsException.of("parentId", "performance.objective.unknownParent");
		}
		String owner = ownerName(objective.ownerKind(), objective.ownerId(), cycle.view());
		UUID id = UUID.randomUUID();
		store.insert(tenantId, id, cycleId, objective, owner, clock.instant());
		ObjectiveView created = store.byId(tenantId, id).orElseThrow();
		audit.recordChange("CREATE", "Objective", id, null, created);
		return created;
	}

	@Override
	@Transactional
	public ObjectiveView checkIn(UUID objectiveId, List<KeyResult> keyResults, String note) {
		String tenantId = TenantContext.require();
		ObjectiveView objective = store.byId(tenantId, objectiveId)
			.orElseThrow(() -> new NotFoundException("Objective", objectiveId));
		CycleView cycle = cycles.byId(tenantId, objective.cycleId()).orElseThrow().view();
		ownerName(objective.ownerKind(), objective.ownerId(), cycle);
		if (cycle.phase().compareTo(CyclePhase.CALIBRATION) > 0) {
			throw new BusinessRuleException(409, "performance.objective.closed");
		}
		if (keyResults.size() != objective.keyResults().size()) {
			throw InvalidFieldsException.of("keyResults", "performance.objective.sameKeyResults",
					String.valueOf(objective.keyResults().size()));
		}
		List<KeyResult> updated = new ArrayList<>();
		for (int i = 0; i < keyResults.size(); i++) {
			KeyResult was = objective.keyResults().get(i);
			KeyResult now = keyResults.get(i);
			updated.add(new KeyResult(was.title(), was.target(), now.current(), now.confidence()));
		}
		store.checkIn(tenantId, objectiveId, updated, note, CurrentUser.require().email(), clock.instant());
		audit.recordChange("CHECK_IN", "Objective", objectiveId, Map.of("keyResults", objective.keyResults()),
				Map.of("keyResults", updated, "note", String.valueOf(note)));
		return store.byId(tenantId, objectiveId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObjectiveView> tree(UUID cycleId) {
		String tenantId = TenantContext.require();
		cycles.byId(tenantId, cycleId).orElseThrow(() -> new NotFoundException("Cycle", cycleId));
		return ObjectiveTree.of(store.ofCycle(tenantId, cycleId));
	}

	/** Checks that the viewer keeps objectives of this owner; the owner's name. */
	private String ownerName(SaveObjective.ObjectiveOwner kind, UUID ownerId, CycleView cycle) {
		CurrentUser user = CurrentUser.require();
		switch (kind) {
			case COMPANY -> {
				if (!user.can(Permission.PERFORMANCE_ADMIN)) {
					throw new BusinessRuleException(403, "performance.objective.notYours");
				}
				return cycle.name();
			}
			case DEPARTMENT -> {
				Set<UUID> visible = scope.departments();
				if (ownerId == null || (visible != null && !visible.contains(ownerId))) {
					throw new BusinessRuleException(403, "performance.objective.notYours");
				}
				return organization.department(ownerId).name();
			}
			default -> {
				if (ownerId == null) {
					throw InvalidFieldsException.of("ownerId", "performance.objective.owner");
				}
				EmployeeDetails employee = employees.get(ownerId);
				Set<UUID> visible = scope.departments();
				boolean own = ownerId.equals(user.employeeId());
				if (!own && visible != null && !visible.contains(employee.departmentId())) {
					throw new BusinessRuleException(403, "performance.objective.notYours");
				}
				return employee.name();
			}
		}
	}
}
