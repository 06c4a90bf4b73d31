package io.renloop.interview.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Agreement between two raters: Spearman's rank correlation (ties get their average rank) and quadratic
 * weighted kappa on levels 1–5.
 */
final class Agreement {

	static final int LEVELS = 5;

	private Agreement() {
	}

	static double spearman(List<Double> a, List<Double> b) {
		return pearson(ranks(a), ranks(b));
	}

	/** Cohen's kappa with quadratic weights; NaN when either rater gives one level only. */
	static double quadraticWeightedKappa(List<Integer> a, List<Integer> b) {
		int n = a.size();
		double[][] observed = new double[LEVELS][LEVELS];
		double[] rowTotals = new double[LEVELS];
		double[] columnTotals = new double[LEVELS];
		for (int i = 0; i < n; i++) {
			observed[a.get(i) - 1][b.get(i) - 1]++;
			rowTotals[a.get(i) - 1]++;
			columnTotals[b.get(i) - 1]++;
		}
		double disagreement = 0;
		double expected = 0;
		for (int i = 0; i < LEVELS; i++) {
			for (int j = 0; j < LEVELS; j++) {
				double weight = (double) (i - j) * (i - j) / ((LEVELS - 1) * (LEVELS - 1));
				disagreement += weight * observed[i][j];
				expected += weight * rowTotals[i] * columnTotals[j] / n;
			}
		}
		return expected == 0 ? Double.NaN : 1 - disagreement / expected;
	}

	private static double[] ranks(List<Double> values) {
		int n = values.size();
		Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble(values::get));
		double[] ranks = new double[n];
		for (int i = 0; i < n;) {
			int j = i;
			while (j + 1 < n && values.get(order[j + 1]).equals(values.get(order[i]))) {
				j++;
			}
			double average = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				ranks[order[k]] = average;
			}
			i = j + 1;
		}
		return ranks;
	}

	private static double pearson(double[] x, double[] y) {
		double meanX = Arrays.stream(x).average().orElse(0);
		double meanY = Arrays.stream(y).average().orElse(0);
		double covariance = 0;
		double varianceX = 0;
		double varianceY = 0;
		for (int i = 0; i < x.length; i++) {
			covariance += (x[i] - meanX) * (y[i] - meanY);
			varianceX += (x[i] - meanX) * (x[i] - meanX);
			varianceY += (y[i] - meanY) * (y[i] - meanY);
		}
		return varianceX == 0 || varianceY == 0 ? Double.NaN : covariance / Math.sqrt(varianceX * varianceY);
	}
}
