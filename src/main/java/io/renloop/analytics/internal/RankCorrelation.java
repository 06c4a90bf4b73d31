package io.renloop.analytics.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Spearman's rank correlation of paired observations with a 95 % confidence interval.
 * <p>
 * Ties get the average of the ranks they span, and the coefficient is Pearson's correlation of the ranks (which equals
 * {@code 1 − 6Σd²/(n(n²−1))} without ties and stays correct with them). The interval comes from Fisher's
 * z-transformation with the standard error {@code 1.06/√(n−3)} that Fieller, Hartley and Pearson (1957) derived for
 * Spearman's coefficient (Pearson's {@code 1/√(n−3)} is too narrow for ranks): {@code tanh(atanh(ρ) ± 1.96·se)}.
 * It needs at least four pairs; the coefficient needs two pairs and some spread in both variables.
 */
final class RankCorrelation {

	/** The two-sided 95 % quantile of the standard normal distribution. */
	static final double Z_95 = 1.959964;

	/** Fieller, Hartley and Pearson's factor of the standard error of Fisher's z for Spearman's coefficient. */
	static final double FIELLER_FACTOR = 1.06;

	private RankCorrelation() {
	}

	/**
	 * The estimate from {@code x[i]} paired with {@code y[i]}.
	 * @param x the first variable (the interview dimension score)
	 * @param y the second variable (the performance score), as long as {@code x}
	 */
	static Estimate of(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("Unpaired observations: " + x.length + " and " + y.length);
		}
		int n = x.length;
		Double rho = n < 2 ? null : pearson(ranks(x), ranks(y));
		if (rho == null || n < 4) {
			return new Estimate(n, rho, null, null);
		}
		double z = atanh(rho);
		double halfWidth = Z_95 * FIELLER_FACTOR / Math.sqrt(n - 3);
		return new Estimate(n, rho, Math.tanh(z - halfWidth), Math.tanh(z + halfWidth));
	}

	/** Ranks from 1, ties sharing the average of the ranks they span. */
	static double[] ranks(double[] values) {
		Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
		double[] ranks = new double[values.length];
		int start = 0;
		while (start < order.length) {
			int end = start;
			while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
				end++;
			}
			// positions start..end hold equal values: each gets the mean of ranks start+1..end+1
			double average = (start + end) / 2.0 + 1;
			for (int k = start; k <= end; k++) {
				ranks[order[k]] = average;
			}
			start = end + 1;
		}
		return ranks;
	}

	/** Pearson's correlation, or null when either variable has no spread. */
	private static Double pearson(double[] a, double[] b) {
		double meanA = Arrays.stream(a).average().orElse(0);
		double meanB = Arrays.stream(b).average().orElse(0);
		double covariance = 0;
		double varianceA = 0;
		double varianceB = 0;
		for (int i = 0; i < a.length; i++) {
			covariance += (a[i] - meanA) * (b[i] - meanB);
			varianceA += (a[i] - meanA) * (a[i] - meanA);
			varianceB += (b[i] - meanB) * (b[i] - meanB);
		}
		if (varianceA == 0 || varianceB == 0) {
			return null;
		}
		// rounding can push a perfect correlation a hair beyond ±1, where atanh is undefined
		return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceA * varianceB)));
	}

	/** Infinite at ±1, where {@code tanh} brings the interval back to ±1. */
	private static double atanh(double r) {
		return 0.5 * Math.log((1 + r) / (1 - r));
	}

	/**
	 * @param n the pairs
	 * @param rho the coefficient, null with fewer than two pairs or without spread
	 * @param low the interval's lower bound, null with fewer than four pairs or without a coefficient
	 * @param high the interval's upper bound, null like {@code low}
	 */
	record Estimate(int n, Double rho, Double low, Double high) {
	}
}
