package io.renloop.fairness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.fairness.FairnessReport.Flag;
import io.renloop.fairness.FairnessReport.GroupResult;
import io.renloop.fairness.internal.ImpactRatios.Counts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four-fifths rule against hand-computed figures. */
class ImpactRatiosTests {

	static Map<String, Counts> groups(Object... nameApplicantsSelected) {
		Map<String, Counts> groups = new LinkedHashMap<>();
		for (int i = 0; i < nameApplicantsSelected.length; i += 3) {
			groups.put((String) nameApplicantsSelected[i], new Counts((Integer) nameApplicantsSelected[i + 1],
					(Integer) nameApplicantsSelected[i + 2]));
		}
		return groups;
	}

	static GroupResult group(List<GroupResult> results, String name) {
		return results.stream().filter(r -> r.group().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void ratiosAreRatesOverTheHighestComparedRate() {
		// FEMALE 3/10 = 0.3, MALE 10/20 = 0.5 (highest compared), OTHER 4/4 = 1.0 but only 4 applicants
		List<GroupResult> results = ImpactRatios.of(groups("FEMALE", 10, 3, "MALE", 20, 10, "OTHER", 4, 4),
				new Counts(6, 1), 5);
		assertThat(results).extracting(GroupResult::group).containsExactly("FEMALE", "MALE", "OTHER", "NOT_REPORTED");
		assertThat(group(results, "FEMALE")).isEqualTo(new GroupResult("FEMALE", 10, 3, new BigDecimal("0.3000"),
				new BigDecimal("0.6000"), Flag.ADVERSE_IMPACT));
		assertThat(group(results, "MALE")).isEqualTo(new GroupResult("MALE", 20, 10, new BigDecimal("0.5000"),
				new BigDecimal("1.0000"), Flag.OK));
		assertThat(group(results, "OTHER")).as("too small to judge, and not the reference despite its 100 %")
			.isEqualTo(new GroupResult("OTHER", 4, 4, new BigDecimal("1.0000"), null, Flag.INSUFFICIENT_DATA));
		assertThat(group(results, "NOT_REPORTED")).isEqualTo(new GroupResult("NOT_REPORTED", 6, 1,
				new BigDecimal("0.1667"), null, Flag.NOT_COMPARED));
	}

	@Test
	void exactlyFourFifthsIsNotAdverse() {
		// 4/10 ÷ 5/10 = 0.8
		List<GroupResult> results = ImpactRatios.of(groups("A", 10, 4, "B", 10, 5), new Counts(0, 0), 5);
		assertThat(group(results, "A").impactRatio()).isEqualByComparingTo("0.8");
		assertThat(group(results, "A").flag()).isEqualTo(Flag.OK);
	}

	@Test
	void justBelowFourFifthsIsAdverseEvenWhenTheRoundedRatioReads0_8() {
		// 39,999/100,000 ÷ 50,000/100,000 = 0.79998, printed 0.8000
		List<GroupResult> results = ImpactRatios.of(groups("A", 100_000, 39_999, "B", 100_000, 50_000),
				new Counts(0, 0), 5);
		assertThat(group(results, "A").impactRatio()).isEqualTo(new BigDecimal("0.8000"));
		assertThat(group(results, "A").flag()).isEqualTo(Flag.ADVERSE_IMPACT);
		// 399/1000 ÷ 500/1000 = 0.798
		assertThat(group(ImpactRatios.of(groups("A", 1000, 399, "B", 1000, 500), new Counts(0, 0), 5), "A"))
			.extracting(GroupResult::impactRatio, GroupResult::flag)
			.containsExactly(new BigDecimal("0.7980"), Flag.ADVERSE_IMPACT);
	}

	@Test
	void theMinimumGroupSizeIsInclusive() {
		// C has exactly 5 applicants: compared; D has 4: not; reference is E at 3/6 = 0.5; C 1/5 = 0.2 → 0.4
		List<GroupResult> results = ImpactRatios.of(groups("C", 5, 1, "D", 4, 0, "E", 6, 3), new Counts(2, 2), 5);
		assertThat(group(results, "C")).extracting(GroupResult::impactRatio, GroupResult::flag)
			.containsExactly(new BigDecimal("0.4000"), Flag.ADVERSE_IMPACT);
		assertThat(group(results, "D").flag()).isEqualTo(Flag.INSUFFICIENT_DATA);
		assertThat(group(results, "D").selectionRate()).isEqualByComparingTo("0");
		assertThat(group(results, "NOT_REPORTED").selectionRate()).as("not reported never becomes the reference")
			.isEqualByComparingTo("1");
		assertThat(group(results, "E").impactRatio()).isEqualByComparingTo("1");
	}

	@Test
	void withoutAnySelectionThereIsNoRatioAndNoFlag() {
		List<GroupResult> results = ImpactRatios.of(groups("A", 7, 0, "B", 9, 0, "C", 0, 0), new Counts(0, 0), 5);
		assertThat(group(results, "A")).extracting(GroupResult::impactRatio, GroupResult::flag).containsExactly(null, Flag.OK);
		assertThat(group(results, "C")).extracting(GroupResult::selectionRate, GroupResult::flag)
			.containsExactly(null, Flag.INSUFFICIENT_DATA);
		assertThat(group(results, "NOT_REPORTED").selectionRate()).isNull();
	}
}
