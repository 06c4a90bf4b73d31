package io.renloop.analytics.internal.attrition;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The area under the ROC curve: the chance that a random leaver gets a higher risk than a random stayer (ties count
 * half), computed from ranks (Mann-Whitney U).
 */
final class Auc {

	private Auc() {
	}

	static double of(double[] risks, boolean[] left) {
		Integer[] order = new Integer[risks.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparingDouble(i -> risks[i]));
		double rankSumOfLeavers = 0;
		long leavers = 0;
		int i = 0;
		while (i < order.length) {
			int j = i;
			while (j + 1 < order.length && risks[order[j + 1]] == risks[order[i]]) {
				j++;
			}
			double averageRank = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				if (left[order[k]]) {
					rankSumOfLeavers += averageRank;
					leavers++;
				}
			}
			i = j + 1;
		}
		long stayers = risks.length - leavers;
		if (leavers == 0 || stayers == 0) {
			return Double.NaN;
		}
		return (rankSumOfLeavers - leavers * (leavers + 1) / 2.0) / ((double) leavers * stayers);
	}
}
