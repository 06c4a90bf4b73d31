package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.platform.TenantTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks a strategy map against the tenant's organization and calculates its lines from today's figures. */
@Component
class PlanLines {

	private final Organization organization;

	private final Headcounts headcounts;

	private final ExpectedExits exits;

	private final TenantTime time;

	PlanLines(Organization organization, Headcounts headcounts, ExpectedExits exits, TenantTime time) {
		this.organization = organization;
		this.headcounts = headcounts;
		this.exits = exits;
		this.time = time;
	}

	/** @throws io.renloop.platform.InvalidFieldsException for references and contradictions the map cannot have */
	void check(SavePlan plan) {
		new StrategyValidation(organization.departments().stream().map(DepartmentView::id).collect(Collectors.toSet()),
				organization.positions().stream().map(PositionView::id).collect(Collectors.toSet()),
				organization::subtreeIds).check(plan);
	}

	List<PlanCalculation.Figures> calculate(SavePlan plan) {
		Map<Slot, Integer> current = headcounts.on(time.today());
		Set<Slot> slots = new HashSet<>();
		plan.outputDrivers().forEach(d -> slots.add(new Slot(d.departmentId(), d.positionId())));
		plan.ratioRules().forEach(r -> slots.add(new Slot(r.departmentId(), r.positionId())));
		return PlanCalculation.lines(plan, current, exits.overNextYear(slots), organization::subtreeIds);
	}
}
