package io.renloop.analytics.internal.attrition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a generated table whose leavers follow a known logistic ground truth the cross-validated AUC is at least 0.8,
 * on a table whose outcome is drawn independently of every column it is about 0.5, and the reasons given for the
 * riskiest people name columns that carry the signal.
 */
class AttritionModelFindsAKnownSignalAndNothingInNoiseTests {

	@Test
	void crossValidatedAucIsAtLeastPointEightOnAKnownSignal() {
		ModelFitting.Fitted fitted = fit(HrAttritionGenerator.csv(2000, true, 1));

		assertThat(fitted.auc()).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void crossValidatedAucIsAboutAHalfOnPureNoise() {
		ModelFitting.Fitted fitted = fit(HrAttritionGenerator.csv(2000, false, 2));

		assertThat(fitted.auc()).isBetween(0.4, 0.6);
	}

	@Test
	void theRiskiestPeoplesReasonsNameColumnsThatCarryTheSignal() {
		String csv = HrAttritionGenerator.csv(2000, true, 3);
		AttritionModel model = fit(csv).model();
		CsvUpload upload = upload(csv);
		List<String[]> rows = upload.rowsOf(model.schema().columnNames());

		List<AttritionModel.Scored> riskiest = rows.stream()
			.map(model::score)
			.sorted((a, b) -> Double.compare(b.risk(), a.risk()))
			.limit(100)
			.toList();

		assertThat(riskiest).allSatisfy(scored -> {
			assertThat(scored.topRaising(3)).isNotEmpty();
			assertThat(model.schema().columns().get(scored.topRaising(1).get(0)).name())
				.isIn(HrAttritionGenerator.SIGNAL);
		});
	}

	@Test
	void theEmployeeNumberCarriesNoWeight() {
		AttritionModel model = fit(HrAttritionGenerator.csv(2000, true, 4)).model();
		int number = model.schema().columnNames().indexOf("EmployeeNumber");
		int overtime = model.schema().columnNames().indexOf("OverTime");

		assertThat(Math.abs(model.weights()[number])).isLessThan(Math.abs(model.weights()[overtime]) / 4);
	}

	static ModelFitting.Fitted fit(String csv) {
		return ModelFitting.fit(upload(csv).training("Attrition", "Yes", List.of()).set());
	}

	static CsvUpload upload(String csv) {
		return CsvUpload.read("people.csv", csv.getBytes(StandardCharsets.UTF_8));
	}
}
