package io.renloop.analytics.internal.attrition;

import java.util.ArrayList;
import io.renloop.analytics.AttritionModels.CalibrationBin;
import java.util.List;
import java.util.Random;

/**
 * Stratified k-fold cross-validation: each person is scored by a model that never saw them (standardisation
 * included), so the AUC and the calibration bins are what a new person can expect, not what the model memorised.
 */
final class CrossValidation {

	static final int FOLDS = 5;

	private static final long SEED = 7L;

	private CrossValidation() {
	}

	/**
	 * @param auc the area under the ROC curve of the out-of-fold risks
	 * @param calibration the reliability bins of the out-of-fold risks
	 */
	record Result(double auc, List<CalibrationBin> calibration) {
	}

	static Result validate(List<ColumnEncoding> columns, List<String[]> rows, boolean[] left) {
		int[] fold = stratifiedFolds(left);
		double[] risks = new double[rows.size()];
		for (int k = 0; k < FOLDS; k++) {
			List<String[]> trainRows = new ArrayList<>();
			List<Boolean> trainLabels = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				if (fold[i] != k) {
					trainRows.add(rows.get(i));
					trainLabels.add(left[i]);
				}
			}
			boolean[] labels = new boolean[trainLabels.size()];
			for (int i = 0; i < labels.length; i++) {
				labels[i] = trainLabels.get(i);
			}
			AttritionModel model = LogisticTrainer.train(FeatureSchema.fit(columns, trainRows), trainRows, labels);
			for (int i = 0; i < rows.size(); i++) {
				if (fold[i] == k) {
					risks[i] = model.score(rows.get(i)).risk();
				}
			}
		}
		return new Result(Auc.of(risks, left), Calibration.of(risks, left));
	}

	/** Leavers and stayers each dealt round-robin over the folds in a shuffled order. */
	private static int[] stratifiedFolds(boolean[] left) {
		Random random = new Random(SEED);
		List<Integer> leavers = new ArrayList<>();
		List<Integer> stayers = new ArrayList<>();
		for (int i = 0; i < left.length; i++) {
			(left[i] ? leavers : stayers).add(i);
		}
		java.util.Collections.shuffle(leavers, random);
		java.util.Collections.shuffle(stayers, random);
		int[] fold = new int[left.length];
		for (int i = 0; i < leavers.size(); i++) {
			fold[leavers.get(i)] = i % FOLDS;
		}
		for (int i = 0; i < stayers.size(); i++) {
			fold[stayers.get(i)] = i % FOLDS;
		}
		return fold;
	}
}
