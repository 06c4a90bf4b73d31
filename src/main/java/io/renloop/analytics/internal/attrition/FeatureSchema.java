package io.renloop.analytics.internal.attrition;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a model and the standardisation of their features (training mean and standard deviation), so that
 * every feature is measured in standard deviations from the average person: a coefficient times such a value is the
 * feature's contribution to the log-odds against the average, which is what a reason reports.
 *
 * @param columns the input columns in model order
 * @param means the training mean of each feature
 * @param deviations the training standard deviation of each feature (1 where it was 0)
 */
public record FeatureSchema(List<ColumnEncoding> columns, double[] means, double[] deviations) {

	/** The schema of {@code columns} standardised over {@code rows} (cells aligned with the columns). */
	public static FeatureSchema fit(List<ColumnEncoding> columns, List<String[]> rows) {
		int width = columns.stream().mapToInt(ColumnEncoding::width).sum();
		double[] sums = new double[width];
		double[] squares = new double[width];
		double[] raw = new double[width];
		for (String[] row : rows) {
			encodeRaw(columns, row, raw);
			for (int j = 0; j < width; j++) {
				sums[j] += raw[j];
				squares[j] += raw[j] * raw[j];
			}
		}
		double n = Math.max(1, rows.size());
		double[] means = new double[width];
		double[] deviations = new double[width];
		for (int j = 0; j < width; j++) {
			means[j] = sums[j] / n;
			double variance = squares[j] / n - means[j] * means[j];
			deviations[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
		}
		return new FeatureSchema(List.copyOf(columns), means, deviations);
	}

	/** The number of features. */
	public int width() {
		return means.length;
	}

	/** The standardised features of a row whose cells are aligned with {@link #columns()}. */
	public double[] encode(String[] row) {
		double[] x = new double[width()];
		encodeRaw(columns, row, x);
		for (int j = 0; j < x.length; j++) {
			x[j] = (x[j] - means[j]) / deviations[j];
		}
		return x;
	}

	/** For each feature, the index of the column it comes from. */
	public int[] columnOfFeature() {
		int[] owner = new int[width()];
		int offset = 0;
		for (int c = 0; c < columns.size(); c++) {
			for (int k = 0; k < columns.get(c).width(); k++) {
				owner[offset++] = c;
			}
		}
		return owner;
	}

	/** The column names in model order. */
	public List<String> columnNames() {
		List<String> names = new ArrayList<>();
		columns.forEach(column -> names.add(column.name()));
		return names;
	}

	private static void encodeRaw(List<ColumnEncoding> columns, String[] row, double[] out) {
		int offset = 0;
		for (int c = 0; c < columns.size(); c++) {
			columns.get(c).encode(c < row.length ? row[c] : "", out, offset);
			offset += columns.get(c).width();
		}
	}
}
