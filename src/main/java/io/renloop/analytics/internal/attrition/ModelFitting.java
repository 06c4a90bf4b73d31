package io.renloop.analytics.internal.attrition;

import io.renloop.platform.BusinessRuleException;
import io.renloop.analytics.AttritionModels.CalibrationBin;
import io.renloop.analytics.AttritionModels.IgnoredColumn;
import java.util.List;

/**
 * Fits a model to a training set and measures it by cross-validation: column detection, standardisation, Tribuo's
 * logistic regression on everyone, and the out-of-fold AUC and calibration bins for the model card.
 */
public final class ModelFitting {

	/** Fewer leavers or stayers than this make every fold's estimate noise. */
	public static final int MIN_PER_CLASS = 2 * CrossValidation.FOLDS;

	private ModelFitting() {
	}

	/**
	 * @param model the model trained on everyone
	 * @param auc the cross-validated AUC
	 * @param calibration the cross-validated reliability bins
	 * @param ignored candidate columns that were not used, with the reason
	 * @param n the number of people
	 * @param leavers how many of them left
	 */
	public record Fitted(AttritionModel model, double auc, List<CalibrationBin> calibration,
			List<IgnoredColumn> ignored, int n, int leavers) {
	}

	/** The fitted model; the caller has checked there are enough leavers and stayers and at least one column. */
	public static Fitted fit(TrainingSet set) {
		ColumnDetection.Result detected = ColumnDetection.detect(set.columns(), set.rows());
		if (detected.used().isEmpty()) {
			throw new BusinessRuleException(400, "analytics.attrition.noFeatures",
					String.join(", ", detected.ignored().stream().map(IgnoredColumn::column).toList()));
		}
		List<String[]> rows = aligned(set, detected.used());
		CrossValidation.Result validation = CrossValidation.validate(detected.used(), rows, set.left());
		AttritionModel model = LogisticTrainer.train(FeatureSchema.fit(detected.used(), rows), rows, set.left());
		return new Fitted(model, validation.auc(), validation.calibration(), detected.ignored(), rows.size(),
				set.leavers());
	}

	/** The rows' cells of the used columns only, in the used columns' order. */
	private static List<String[]> aligned(TrainingSet set, List<ColumnEncoding> used) {
		int[] index = used.stream().mapToInt(column -> set.columns().indexOf(column.name())).toArray();
		return set.rows().stream().map(row -> {
			String[] cells = new String[index.length];
			for (int i = 0; i < index.length; i++) {
				cells[i] = index[i] < row.length ? row[index[i]] : "";
			}
			return cells;
		}).toList();
	}
}
