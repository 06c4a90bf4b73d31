package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.WorkforcePlans.Goal;
import io.renloop.analytics.WorkforcePlans.OutputDriver;
import io.renloop.analytics.WorkforcePlans.RatioRule;
import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.analytics.WorkforcePlans.Share;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What bean validation cannot say about a strategy map: references to the tenant's departments and positions,
 * duplicate goals, shares over the whole, drivers of unknown goals, slots driven twice, ratio rules that count
 * themselves. Every problem is reported at once, each under the JSON path of its field.
 */
final class StrategyValidation {

	private static final String UNKNOWN = "analytics.workforce.reference.unknown";

	private final Set<UUID> departments;

	private final Set<UUID> positions;

	private final Function<UUID, Set<UUID>> subtree;

	private final List<FieldProblem> problems = new ArrayList<>();

	StrategyValidation(Set<UUID> departments, Set<UUID> positions, Function<UUID, Set<UUID>> subtree) {
		this.departments = departments;
		this.positions = positions;
		this.subtree = subtree;
	}

	/** @throws InvalidFieldsException with every problem of the plan */
	void check(SavePlan plan) {
		Map<String, Goal> goals = goals(plan.goals());
		Set<Slot> driven = outputDrivers(plan.outputDrivers(), goals);
		ratioRules(plan.ratioRules(), driven);
		if (plan.outputDrivers().isEmpty() && plan.ratioRules().isEmpty()) {
			problem("outputDrivers", "analytics.workforce.driver.none");
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	private Map<String, Goal> goals(List<Goal> goals) {
		Set<String> codes = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < goals.size(); i++) {
			Goal goal = goals.get(i);
			String at = "goals[" + i + "]";
			if (!codes.add(goal.code().toUpperCase())) {
				problem(at + ".code", "analytics.workforce.goal.duplicate");
			}
			if (!names.add(goal.nameZh().strip()) | !names.add("en:" + goal.nameEn().strip())) {
				problem(at + ".nameZh", "analytics.workforce.goal.duplicate");
			}
			split(at, goal.split());
		}
		return goals.stream().collect(Collectors.toMap(Goal::code, goal -> goal, (a, b) -> a));
	}

	private void split(String at, List<Share> split) {
		Set<UUID> seen = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int j = 0; j < split.size(); j++) {
			Share share = split.get(j);
			department(at + ".split[" + j + "].departmentId", share.departmentId());
			if (!seen.add(share.departmentId())) {
				problem(at + ".split[" + j + "].departmentId", "analytics.workforce.split.duplicate");
			}
			total = total.add(share.share());
		}
		if (total.compareTo(BigDecimal.ONE) > 0) {
			problem(at + ".split", "analytics.workforce.split.overOne");
		}
	}

	private Set<Slot> outputDrivers(List<OutputDriver> drivers, Map<String, Goal> goals) {
		Set<String> seen = new HashSet<>();
		Set<Slot> driven = new HashSet<>();
		for (int i = 0; i < drivers.size(); i++) {
			OutputDriver driver = drivers.get(i);
			String at = "outputDrivers[" + i + "]";
			department(at + ".departmentId", driver.departmentId());
			position(at + ".positionId", driver.positionId());
			Goal goal = goals.get(driver.goal());
			if (goal == null) {
				problem(at + ".goal", "analytics.workforce.goal.unknown");
			}
			else if (PlanCalculation.share(goal, driver.departmentId()).signum() == 0) {
				problem(at + ".departmentId", "analytics.workforce.driver.outsideSplit");
			}
			if (!seen.add(driver.goal() + "/" + driver.departmentId() + "/" + driver.positionId())) {
				problem(at, "analytics.workforce.driver.duplicate");
			}
			driven.add(new Slot(driver.departmentId(), driver.positionId()));
		}
		return driven;
	}

	private void ratioRules(List<RatioRule> rules, Set<Slot> driven) {
		Set<Slot> ruled = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			RatioRule rule = rules.get(i);
			String at = "ratioRules[" + i + "]";
			boolean known = department(at + ".departmentId", rule.departmentId())
					& position(at + ".positionId", rule.positionId())
					& department(at + ".basisDepartmentId", rule.basisDepartmentId());
			for (int j = 0; j < rule.basisPositionIds().size(); j++) {
				known &= position(at + ".basisPositionIds[" + j + "]", rule.basisPositionIds().get(j));
			}
			Slot slot = new Slot(rule.departmentId(), rule.positionId());
			if (driven.contains(slot) || !ruled.add(slot)) {
				problem(at, "analytics.workforce.rule.duplicate");
			}
			if (known && rule.basisPositionIds().contains(rule.positionId())
					&& subtree.apply(rule.basisDepartmentId()).contains(rule.departmentId())) {
				problem(at + ".basisPositionIds", "analytics.workforce.rule.selfBasis");
			}
		}
	}

	private boolean department(String field, UUID id) {
		return known(field, departments.contains(id));
	}

	private boolean position(String field, UUID id) {
		return known(field, positions.contains(id));
	}

	private boolean known(String field, boolean known) {
		if (!known) {
			problem(field, UNKNOWN);
		}
		return known;
	}

	private void problem(String field, String key) {
		problems.add(new FieldProblem(field, key));
	}
}
