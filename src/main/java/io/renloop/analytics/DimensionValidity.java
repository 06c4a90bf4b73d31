package io.renloop.analytics;

/**
 * How well one AI-interview dimension predicted the first performance result after hire.
 *
 * @param dimension the competency dimension as the interview plans name it
 * @param n the hires with both a score of the dimension and a performance result after their hire date
 * @param spearman Spearman's rank correlation rounded to 3 decimals; null below
 *            {@link PredictiveValidity#MIN_PAIRS} pairs
 * @param ciLow lower bound of the 95 % confidence interval, null like {@code spearman}
 * @param ciHigh upper bound of the 95 % confidence interval, null like {@code spearman}
 */
public record DimensionValidity(String dimension, int n, Double spearman, Double ciLow, Double ciHigh) {

	/** Whether there are enough pairs to show the correlation. */
	public boolean enoughData() {
		return spearman != null;
	}
}
