package io.renloop.analytics.internal.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.analytics.WorkforcePlans.Goal;
import io.renloop.analytics.WorkforcePlans.OutputDriver;
import io.renloop.analytics.WorkforcePlans.RatioRule;
import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.analytics.WorkforcePlans.Share;
import io.renloop.employee.EmployeeDirectory.Entry;
import io.renloop.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The plan calculation by hand: a mine adds 300 万吨 of capacity (1200 → 1500) split 60/40 over two coal teams, one
 * shearer operator per 20 万吨 and one support worker per 5 万吨; one safety inspector per 15 miners of the mining
 * division; gap = required − current + expected exits.
 */
class WorkforcePlanLinesFollowGoalsDriversAndRatiosTests {

	static final UUID MINING = UUID.randomUUID();

	static final UUID COAL_1 = UUID.randomUUID();

	static final UUID COAL_2 = UUID.randomUUID();

	static final UUID SAFETY = UUID.randomUUID();

	static final UUID SHEARER = UUID.randomUUID();

	static final UUID SUPPORT = UUID.randomUUID();

	static final UUID INSPECTOR = UUID.randomUUID();

	static final Map<UUID, Set<UUID>> TREE = Map.of(MINING, Set.of(MINING, COAL_1, COAL_2), COAL_1, Set.of(COAL_1),
			COAL_2, Set.of(COAL_2), SAFETY, Set.of(SAFETY));

	static Goal capacity(List<Share> split) {
		return new Goal("CAPACITY", "新增产能 300 万吨", "Add 3 Mt capacity", "原煤产能", "万吨", new BigDecimal("1200"),
				new BigDecimal("1500"), split);
	}

	static SavePlan plan(List<Goal> goals, List<OutputDriver> drivers, List<RatioRule> rules) {
		return new SavePlan("2027", 2027, goals, drivers, rules);
	}

	static OutputDriver driver(UUID department, UUID position, String perPerson) {
		return new OutputDriver("CAPACITY", department, position, new BigDecimal(perPerson));
	}

	static List<PlanCalculation.Figures> lines(SavePlan plan, Map<Slot, Integer> current, Map<Slot, Integer> exits) {
		return PlanCalculation.lines(plan, current, exits, TREE::get);
	}

	@Test
	void anOutputDriverAddsTheGoalsIncreaseOverOutputPerPersonRoundedUpToTheCurrentHeadcount() {
		// 300 × 0.6 / 20 = 9 shearers more in team 1; 300 × 0.4 / 20 = 6 in team 2; 300 × 0.6 / 7 = 25.7 → 26 support
		SavePlan plan = plan(List.of(capacity(List.of(new Share(COAL_1, new BigDecimal("0.6")),
				new Share(COAL_2, new BigDecimal("0.4"))))), List.of(driver(COAL_1, SHEARER, "20"),
						driver(COAL_2, SHEARER, "20"), driver(COAL_1, SUPPORT, "7")), List.of());
		var lines = lines(plan, Map.of(new Slot(COAL_1, SHEARER), 8, new Slot(COAL_2, SHEARER), 8,
				new Slot(COAL_1, SUPPORT), 30), Map.of(new Slot(COAL_1, SHEARER), 2));
		assertThat(lines).extracting(PlanCalculation.Figures::required).containsExactly(17, 14, 56);
		assertThat(lines.get(0).gap()).as("17 − 8 + 2 expected exits").isEqualTo(11);
		assertThat(lines.get(1).gap()).isEqualTo(6);
	}

	@Test
	void aRatioRuleSetsRequiredFromTheRequiredPeopleOfItsBasisInTheBasisSubtree() {
		SavePlan plan = plan(List.of(capacity(List.of())), List.of(driver(COAL_1, SUPPORT, "10")),
				List.of(new RatioRule(SAFETY, INSPECTOR, new BigDecimal("15"), MINING, List.of(SHEARER, SUPPORT))));
		// support in team 1: 30 + 300/10 = 60 required; shearers 8 + 8 unchanged; basis 76 → ⌈76/15⌉ = 6
		var lines = lines(plan, Map.of(new Slot(COAL_1, SUPPORT), 30, new Slot(COAL_1, SHEARER), 8,
				new Slot(COAL_2, SHEARER), 8, new Slot(SAFETY, INSPECTOR), 4), Map.of(new Slot(SAFETY, INSPECTOR), 1));
		PlanCalculation.Figures inspectors = lines.get(1);
		assertThat(inspectors.slot()).isEqualTo(new Slot(SAFETY, INSPECTOR));
		assertThat(inspectors.required()).isEqualTo(6);
		assertThat(inspectors.gap()).as("6 − 4 + 1").isEqualTo(3);
	}

	@Test
	void laterRatioRulesSeeTheResultsOfEarlierOnes() {
		UUID leader = UUID.randomUUID();
		SavePlan plan = plan(List.of(capacity(List.of())), List.of(),
				List.of(new RatioRule(SAFETY, INSPECTOR, new BigDecimal("15"), MINING, List.of(SHEARER)),
						new RatioRule(SAFETY, leader, new BigDecimal("2"), SAFETY, List.of(INSPECTOR))));
		var lines = lines(plan, Map.of(new Slot(COAL_1, SHEARER), 45), Map.of());
		assertThat(lines).extracting(PlanCalculation.Figures::required).containsExactly(3, 2);
	}

	@Test
	void driversOfOneSlotAddUpBeforeRoundingAndAShrinkingGoalNeverGoesBelowZero() {
		Goal sales = new Goal("SALES", "华东销售额 +20%", "East China sales +20%", "销售额", "亿元", new BigDecimal("5"),
				new BigDecimal("6"), List.of());
		Goal shrink = new Goal("OLD", "关停旧线", "Close the old line", "产能", "万吨", new BigDecimal("100"),
				BigDecimal.ZERO, List.of());
		SavePlan plan = plan(List.of(sales, shrink, capacity(List.of())),
				List.of(new OutputDriver("SALES", COAL_1, SHEARER, new BigDecimal("0.4")),
						new OutputDriver("CAPACITY", COAL_1, SHEARER, new BigDecimal("400")),
						new OutputDriver("OLD", COAL_2, SHEARER, new BigDecimal("1"))),
				List.of());
		// 1/0.4 = 2.5 and 300/400 = 0.75 → 3.25 → 4 more; the old line sheds 100 of its 8
		var lines = lines(plan, Map.of(new Slot(COAL_1, SHEARER), 2, new Slot(COAL_2, SHEARER), 8), Map.of());
		assertThat(lines).extracting(PlanCalculation.Figures::required).containsExactly(6, 0);
		assertThat(lines.get(1).gap()).isEqualTo(-8);
	}

	@Test
	void absurdDriversAreRefusedInsteadOfOverflowing() {
		SavePlan plan = plan(List.of(capacity(List.of())), List.of(driver(COAL_1, SHEARER, "0.0001")), List.of());
		assertThatThrownBy(() -> lines(plan, Map.of(), Map.of())).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void trailingExitRateAppliesLastYearsExitsOverAverageHeadcountToTodaysHeadcount() {
		var today = LocalDate.of(2026, 12, 7);
		Slot slot = new Slot(COAL_1, SHEARER);
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			entries.add(entry(today.minusYears(3), null));
		}
		entries.add(entry(today.minusYears(3), today.minusMonths(3)));
		entries.add(entry(today.minusYears(3), today.minusMonths(6)));
		// a year ago 12, today 10: rate 2 / 11 = 0.18; 0.18 × 10 = 1.8 → 2
		assertThat(TrailingExitRate.expected(entries, Set.of(slot), today)).containsEntry(slot, 2);
		assertThat(TrailingExitRate.expected(entries, Set.of(new Slot(COAL_2, SHEARER)), today)).isEmpty();
	}

	@Test
	void trackingPlansAnEvenRiseToTheRequiredHeadcountInDecember() {
		assertThat(PlanTracking.planned(10, 22, 1)).isEqualTo(11);
		assertThat(PlanTracking.planned(10, 22, 6)).isEqualTo(16);
		assertThat(PlanTracking.planned(10, 22, 12)).isEqualTo(22);
		assertThat(PlanTracking.planned(10, 4, 12)).isEqualTo(4);
	}

	private static Entry entry(LocalDate hired, LocalDate left) {
		return new Entry(UUID.randomUUID(), "N", "n", COAL_1, hired, left,
				SHEARER);
	}
}
