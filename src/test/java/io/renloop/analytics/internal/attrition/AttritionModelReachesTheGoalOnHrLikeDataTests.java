package io.renloop.analytics.internal.attrition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The evaluation of docs/analytics-attrition-evaluation.md, reproducible with
 * {@code ./mvnw -B -ntp -o test -Dtest=AttritionModelReachesTheGoalOnHrLikeDataTests}: the cross-validated AUC on a
 * generated table of the IBM sample's size and shape reaches the goal of 0.82, next to the AUC of the ground truth
 * itself (the ceiling no model can pass) and the calibration bins; the figures are printed.
 */
class AttritionModelReachesTheGoalOnHrLikeDataTests {

	@Test
	void crossValidatedAucReachesPointEightTwoOnATableOfTheIbmSamplesSize() {
		HrAttritionGenerator.Table table = HrAttritionGenerator.table(1470, true, 2026);

		ModelFitting.Fitted fitted = AttritionModelFindsAKnownSignalAndNothingInNoiseTests.fit(table.csv());

		report("1,470 people (IBM sample size)", table, fitted);
		assertThat(fitted.auc()).isGreaterThanOrEqualTo(0.82);
	}

	@Test
	void crossValidatedAucStaysNearTheCeilingOnTenThousandPeople() {
		HrAttritionGenerator.Table table = HrAttritionGenerator.table(10_000, true, 2027);

		ModelFitting.Fitted fitted = AttritionModelFindsAKnownSignalAndNothingInNoiseTests.fit(table.csv());

		report("10,000 people", table, fitted);
		assertThat(fitted.auc()).isGreaterThanOrEqualTo(Auc.of(table.trueRisks(), table.left()) - 0.03);
	}

	private static void report(String title, HrAttritionGenerator.Table table, ModelFitting.Fitted fitted) {
		System.out.printf("ATTRITION EVALUATION %s: n=%d leavers=%d cross-validated AUC=%.3f ground-truth AUC=%.3f%n",
				title, fitted.n(), fitted.leavers(), fitted.auc(), Auc.of(table.trueRisks(), table.left()));
		fitted.calibration()
			.forEach(bin -> System.out.printf("  risk %.1f-%.1f: %5d people, predicted %.3f, observed %.3f%n",
					bin.from(), bin.to(), bin.count(), bin.predicted(), bin.observed()));
	}
}
