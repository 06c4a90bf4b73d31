package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.WorkforcePlans.Goal;
import io.renloop.analytics.WorkforcePlans.OutputDriver;
import io.renloop.analytics.WorkforcePlans.RatioRule;
import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.analytics.WorkforcePlans.Share;
import io.renloop.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Plan lines from a strategy map, today's headcount and the expected exits; no Spring, no database.
 * <ul>
 * <li>Output drivers add people for the goal's increase: {@code ⌈(target − baseline) × share / outputPerPerson⌉} on
 * top of the slot's current headcount (the current people are taken to produce the baseline); several drivers of one
 * slot add up before rounding up; never below zero.</li>
 * <li>Ratio rules, in order, set a slot's required headcount to {@code ⌈basis / perPeople⌉}, the basis being the
 * required headcount (the current one where no driver set it) of the basis positions in the basis department and the
 * units below it; a later rule sees the results of the earlier ones.</li>
 * <li>{@code gap = required − current + expectedExits}: the hires needed so that the slot holds its required headcount
 * at the end of the plan year after the expected exits.</li>
 * </ul>
 */
public final class PlanCalculation {

	/** The most people a line may require. */
	static final BigDecimal MAX_PEOPLE = BigDecimal.valueOf(1_000_000);

	private PlanCalculation() {
	}

	/** The figures of a plan line. */
	public record Figures(Slot slot, int current, int expectedExits, int required) {

		public int gap() {
			return required - current + expectedExits;
		}
	}

	/**
	 * @param current today's headcount per slot (all slots of the tenant, so that ratio bases are complete)
	 * @param exits expected exits per slot over the plan year
	 * @param subtree a department and every unit below it
	 */
	public static List<Figures> lines(SavePlan plan, Map<Slot, Integer> current, Map<Slot, Integer> exits,
			Function<UUID, Set<UUID>> subtree) {
		Map<Slot, Integer> required = new LinkedHashMap<>();
		added(plan).forEach((slot, extra) -> required.put(slot,
				Math.max(0, people(BigDecimal.valueOf(current.getOrDefault(slot, 0)).add(extra), RoundingMode.CEILING))));
		for (RatioRule rule : plan.ratioRules()) {
			Set<UUID> departments = subtree.apply(rule.basisDepartmentId());
			Map<Slot, Integer> known = new LinkedHashMap<>(current);
			known.putAll(required);
			long basis = known.entrySet()
				.stream()
				.filter(e -> departments.contains(e.getKey().departmentId())
						&& rule.basisPositionIds().contains(e.getKey().positionId()))
				.mapToLong(Map.Entry::getValue)
				.sum();
			required.put(new Slot(rule.departmentId(), rule.positionId()),
					people(BigDecimal.valueOf(basis).divide(rule.perPeople(), 6, RoundingMode.HALF_UP), RoundingMode.CEILING));
		}
		List<Figures> lines = new ArrayList<>();
		required.forEach((slot, people) -> lines.add(new Figures(slot, current.getOrDefault(slot, 0),
				exits.getOrDefault(slot, 0), people)));
		return lines;
	}

	/** The additional people per slot the output drivers ask for, unrounded, in the drivers' order. */
	private static Map<Slot, BigDecimal> added(SavePlan plan) {
		Map<String, Goal> goals = new LinkedHashMap<>();
		plan.goals().forEach(goal -> goals.put(goal.code(), goal));
		Map<Slot, BigDecimal> added = new LinkedHashMap<>();
		for (OutputDriver driver : plan.outputDrivers()) {
			Goal goal = goals.get(driver.goal());
			BigDecimal increase = goal.target().subtract(goal.baseline()).multiply(share(goal, driver.departmentId()));
			added.merge(new Slot(driver.departmentId(), driver.positionId()),
					increase.divide(driver.outputPerPerson(), 6, RoundingMode.HALF_UP), BigDecimal::add);
		}
		return added;
	}

	/** Whole people, refusing figures no organisation plans for (a typing error in a driver). */
	private static int people(BigDecimal value, RoundingMode rounding) {
		BigDecimal whole = value.setScale(0, rounding);
		if (whole.abs().compareTo(MAX_PEOPLE) > 0) {
			throw new BusinessRuleException(400, "analytics.workforce.tooManyPeople", MAX_PEOPLE);
		}
		return whole.intValueExact();
	}

	/** The department's share of the goal: 1 for a goal that is not split. */
	static BigDecimal share(Goal goal, UUID departmentId) {
		if (goal.split().isEmpty()) {
			return BigDecimal.ONE;
		}
		return goal.split()
			.stream()
			.filter(s -> s.departmentId().equals(departmentId))
			.map(Share::share)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}
}
