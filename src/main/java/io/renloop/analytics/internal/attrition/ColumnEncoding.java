package io.renloop.analytics.internal.attrition;

import java.util.List;

/**
 * How one input column becomes features: a number (blank cells filled with {@code fill}, plus a 0/1 was-missing
 * feature when the training data had blanks) or a category (one 0/1 feature per known level; other and blank values
 * set none). Stored as JSON with the model, never as Java-serialised bytes.
 *
 * @param name the column name as in the header
 * @param numeric whether the column is a number
 * @param fill the value of a blank numeric cell (the training median)
 * @param missingIndicator whether a was-missing feature follows the number
 * @param levels the known levels of a category, most frequent first
 */
public record ColumnEncoding(String name, boolean numeric, double fill, boolean missingIndicator, List<String> levels) {

	public static ColumnEncoding number(String name, double fill, boolean missingIndicator) {
		return new ColumnEncoding(name, true, fill, missingIndicator, List.of());
	}

	public static ColumnEncoding category(String name, List<String> levels) {
		return new ColumnEncoding(name, false, 0, false, List.copyOf(levels));
	}

	/** The number of features this column yields. */
	public int width() {
		return numeric ? (missingIndicator ? 2 : 1) : levels.size();
	}

	/** Writes this column's raw (unstandardised) features of {@code cell} into {@code out} from {@code offset}. */
	void encode(String cell, double[] out, int offset) {
		String value = cell == null ? "" : cell.strip();
		if (numeric) {
			Double number = NumberCells.parse(value);
			out[offset] = number == null ? fill : number;
			if (missingIndicator) {
				out[offset + 1] = number == null ? 1 : 0;
			}
			return;
		}
		for (int i = 0; i < levels.size(); i++) {
			out[offset + i] = levels.get(i).equals(value) ? 1 : 0;
		}
	}
}
