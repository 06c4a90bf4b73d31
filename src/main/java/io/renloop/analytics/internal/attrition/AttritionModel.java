package io.renloop.analytics.internal.attrition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A logistic model over standardised features: the risk is {@code 1 / (1 + e^-(bias + Σ wᵢ·zᵢ))}, and the
 * contribution of a column is the sum of {@code wᵢ·zᵢ} over its features — how much that column moves this person's
 * log-odds away from the average person's. Plain numbers, stored as JSON.
 *
 * @param schema the columns and their standardisation
 * @param weights one coefficient per feature
 * @param bias the log-odds of the average person
 */
public record AttritionModel(FeatureSchema schema, double[] weights, double bias) {

	/** Contributions smaller than this (in log-odds) are no reason worth telling. */
	static final double NOTABLE = 0.05;

	/** The risk of a row whose cells are aligned with the schema's columns, with every column's contribution. */
	public Scored score(String[] row) {
		double[] z = schema.encode(row);
		int[] owner = schema.columnOfFeature();
		double[] contributions = new double[schema.columns().size()];
		double logOdds = bias;
		for (int j = 0; j < z.length; j++) {
			double term = weights[j] * z[j];
			contributions[owner[j]] += term;
			logOdds += term;
		}
		return new Scored(1 / (1 + Math.exp(-logOdds)), contributions);
	}

	/**
	 * A scored row.
	 *
	 * @param risk the probability of leaving
	 * @param contributions per column (schema order), in log-odds
	 */
	public record Scored(double risk, double[] contributions) {

		/** The columns that raise the risk most, largest first, at most {@code limit}. */
		public List<Integer> topRaising(int limit) {
			List<Integer> columns = new ArrayList<>();
			for (int c = 0; c < contributions.length; c++) {
				if (contributions[c] >= NOTABLE) {
					columns.add(c);
				}
			}
			columns.sort(Comparator.comparingDouble((Integer c) -> contributions[c]).reversed());
			return columns.subList(0, Math.min(limit, columns.size()));
		}
	}
}
