package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionModels.CalibrationBin;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability of predicted risks: people grouped into ten bins of predicted risk (0–10 %, 10–20 %…), with the
 * average prediction and the share that actually left in each. A calibrated model's points lie on the diagonal.
 */
public final class Calibration {

	private static final int BINS = 10;

	private Calibration() {
	}

	static List<CalibrationBin> of(double[] risks, boolean[] left) {
		int[] counts = new int[BINS];
		double[] predicted = new double[BINS];
		double[] observed = new double[BINS];
		for (int i = 0; i < risks.length; i++) {
			int bin = Math.min(BINS - 1, (int) (risks[i] * BINS));
			counts[bin]++;
			predicted[bin] += risks[i];
			observed[bin] += left[i] ? 1 : 0;
		}
		List<CalibrationBin> bins = new ArrayList<>();
		for (int b = 0; b < BINS; b++) {
			if (counts[b] > 0) {
				bins.add(new CalibrationBin(b / (double) BINS, (b + 1) / (double) BINS, counts[b], round(predicted[b] / counts[b]),
						round(observed[b] / counts[b])));
			}
		}
		return bins;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}
}
