package io.renloop.analytics.internal.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.renloop.analytics.WorkforcePlans.Goal;
import io.renloop.analytics.WorkforcePlans.OutputDriver;
import io.renloop.analytics.WorkforcePlans.RatioRule;
import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.analytics.WorkforcePlans.Share;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What bean validation cannot see in a strategy map is refused with the JSON path and the reason of each problem. */
class StrategyMapContradictionsAreNamedFieldByFieldTests {

	static final UUID MINING = UUID.randomUUID();

	static final UUID COAL = UUID.randomUUID();

	static final UUID SAFETY = UUID.randomUUID();

	static final UUID MINER = UUID.randomUUID();

	static final UUID INSPECTOR = UUID.randomUUID();

	static Goal goal(List<Share> split) {
		return new Goal("CAP", "新增产能", "Capacity", "产能", "万吨", BigDecimal.ZERO, BigDecimal.TEN, split);
	}

	static Map<String, String> problems(SavePlan plan) {
		StrategyValidation validation = new StrategyValidation(Set.of(MINING, COAL, SAFETY), Set.of(MINER, INSPECTOR),
				department -> department.equals(MINING) ? Set.of(MINING, COAL) : Set.of(department));
		InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class, () -> validation.check(plan));
		assertThat(refused).as("the plan is refused").isNotNull();
		return refused.problems().stream().collect(Collectors.toMap(FieldProblem::field,
				FieldProblem::messageKey, (a, b) -> a));
	}

	@Test
	void sharesOverTheWholeAndDriversOutsideTheSplitAreRefused() {
		Goal split = goal(List.of(new Share(COAL, new BigDecimal("0.7")), new Share(SAFETY, new BigDecimal("0.5"))));
		SavePlan plan = new SavePlan("p", 2027, List.of(split),
				List.of(new OutputDriver("CAP", MINING, MINER, BigDecimal.ONE)), List.of());
		assertThat(problems(plan)).containsEntry("goals[0].split", "analytics.workforce.split.overOne")
			.containsEntry("outputDrivers[0].departmentId", "analytics.workforce.driver.outsideSplit");
	}

	@Test
	void aRuleOnADrivenSlotAndARuleCountingItselfAreRefused() {
		SavePlan plan = new SavePlan("p", 2027, List.of(goal(List.of())),
				List.of(new OutputDriver("CAP", COAL, MINER, BigDecimal.ONE)),
				List.of(new RatioRule(COAL, MINER, BigDecimal.TEN, MINING, List.of(INSPECTOR)),
						new RatioRule(COAL, INSPECTOR, BigDecimal.TEN, MINING, List.of(INSPECTOR, MINER))));
		assertThat(problems(plan)).containsEntry("ratioRules[0]", "analytics.workforce.rule.duplicate")
			.containsEntry("ratioRules[1].basisPositionIds", "analytics.workforce.rule.selfBasis");
	}

	@Test
	void aPlanWithoutDriversAndUnknownBasisPositionsAreRefused() {
		assertThat(problems(new SavePlan("p", 2027, List.of(goal(List.of())), List.of(), List.of())))
			.containsEntry("outputDrivers", "analytics.workforce.driver.none");
		SavePlan plan = new SavePlan("p", 2027, List.of(goal(List.of())), List.of(),
				List.of(new RatioRule(SAFETY, INSPECTOR, BigDecimal.TEN, MINING, List.of(UUID.randomUUID()))));
		assertThat(problems(plan)).containsEntry("ratioRules[0].basisPositionIds[0]",
				"analytics.workforce.reference.unknown");
	}
}
