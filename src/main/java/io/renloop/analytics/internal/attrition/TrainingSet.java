package io.renloop.analytics.internal.attrition;

import java.util.List;

/**
 * People to learn from: the candidate feature columns, each person's cells aligned with them, and whether they left.
 *
 * @param columns candidate feature column names (protected and excluded columns already removed)
 * @param rows cells per person, aligned with {@code columns}
 * @param left whether each person left
 */
public record TrainingSet(List<String> columns, List<String[]> rows, boolean[] left) {

	/** The number of leavers. */
	public int leavers() {
		int count = 0;
		for (boolean person : left) {
			count += person ? 1 : 0;
		}
		return count;
	}
}
