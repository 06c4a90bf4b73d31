package io.renloop.analytics.web;

import io.renloop.analytics.WorkforcePlans.Goal;
import io.renloop.analytics.WorkforcePlans.OutputDriver;
import io.renloop.analytics.WorkforcePlans.PlanView;
import io.renloop.analytics.WorkforcePlans.RatioRule;
import io.renloop.analytics.WorkforcePlans.SavePlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The workforce plan pages' forms and how each changes a strategy map; the API's validation then judges the result.
 */
final class WorkforcePlanForms {

	private WorkforcePlanForms() {
	}

	/** A form with a required field left empty. */
	static final class IncompleteForm extends RuntimeException {

		IncompleteForm() {
			super("A required form field is empty");
		}
	}

	/** A new plan: name and year, and either the plan to copy or a first goal with its first driver. */
	record NewPlan(String name, Integer year, UUID copyFrom, String goalCode, String goalNameZh, String goalNameEn,
			String metric, String unit, BigDecimal baseline, BigDecimal target, UUID departmentId, UUID positionId,
			BigDecimal outputPerPerson) {

		SavePlan toPlan() {
			Goal goal = new NewGoal(goalCode, goalNameZh, goalNameEn, metric, unit, baseline, target).toGoal();
			return new SavePlan(name, required(year), List.of(goal),
					List.of(new NewDriver(goalCode, departmentId, positionId, outputPerPerson).toDriver()), List.of());
		}
	}

	record NewGoal(String code, String nameZh, String nameEn, String metric, String unit, BigDecimal baseline,
			BigDecimal target) {

		Goal toGoal() {
			return new Goal(required(code), required(nameZh), required(nameEn), required(metric), required(unit),
					required(baseline), required(target), List.of());
		}
	}

	record NewDriver(String goal, UUID departmentId, UUID positionId, BigDecimal outputPerPerson) {

		OutputDriver toDriver() {
			return new OutputDriver(required(goal), required(departmentId), required(positionId),
					required(outputPerPerson));
		}
	}

	record NewRule(UUID departmentId, UUID positionId, BigDecimal perPeople, UUID basisDepartmentId,
			List<UUID> basisPositionIds) {

		RatioRule toRule() {
			return new RatioRule(required(departmentId), required(positionId), required(perPeople),
					required(basisDepartmentId), required(basisPositionIds));
		}
	}

	/** The strategy map of a plan as read by a holder of the tenant scope (who alone may change plans). */
	static SavePlan strategy(PlanView plan) {
		return new SavePlan(plan.name(), plan.year(), plan.goals(), plan.outputDrivers(), plan.ratioRules());
	}

	static SavePlan copy(PlanView source, NewPlan form) {
		return new SavePlan(form.name(), required(form.year()), source.goals(), source.outputDrivers(),
				source.ratioRules());
	}

	static SavePlan withGoal(SavePlan plan, Goal goal) {
		return new SavePlan(plan.name(), plan.year(), plus(plan.goals(), goal), plan.outputDrivers(), plan.ratioRules());
	}

	static SavePlan withDriver(SavePlan plan, OutputDriver driver) {
		return new SavePlan(plan.name(), plan.year(), plan.goals(), plus(plan.outputDrivers(), driver), plan.ratioRules());
	}

	static SavePlan withRule(SavePlan plan, RatioRule rule) {
		return new SavePlan(plan.name(), plan.year(), plan.goals(), plan.outputDrivers(), plus(plan.ratioRules(), rule));
	}

	static SavePlan withoutDriver(SavePlan plan, int index) {
		return new SavePlan(plan.name(), plan.year(), plan.goals(), minus(plan.outputDrivers(), index), plan.ratioRules());
	}

	static SavePlan withoutRule(SavePlan plan, int index) {
		return new SavePlan(plan.name(), plan.year(), plan.goals(), plan.outputDrivers(), minus(plan.ratioRules(), index));
	}

	private static <T> List<T> plus(List<T> list, T item) {
		List<T> changed = new ArrayList<>(list);
		changed.add(item);
		return changed;
	}

	private static <T> List<T> minus(List<T> list, int index) {
		List<T> changed = new ArrayList<>(list);
		if (index >= 0 && index < changed.size()) {
			changed.remove(index);
		}
		return changed;
	}

	private static <T> T required(T value) {
		if (value == null || value instanceof String text && text.isBlank() || value instanceof List<?> list && list.isEmpty()) {
			throw new IncompleteForm();
		}
		return value;
	}
}
