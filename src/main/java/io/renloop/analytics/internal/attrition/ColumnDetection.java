package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionModels.IgnoredColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides how each candidate column becomes features: a number when nearly all its filled cells are numbers, else a
 * category of its frequent values. Columns that cannot teach anything are left out with a reason: one value only
 * ({@code constant}), or a different text in nearly every row, such as names and ids ({@code identifier}).
 */
final class ColumnDetection {

	/** A category keeps at most this many levels; rarer values count as "other". */
	static final int MAX_LEVELS = 30;

	private ColumnDetection() {
	}

	/**
	 * @param used the encodings of the columns kept, in input order
	 * @param ignored the columns left out and why
	 */
	record Result(List<ColumnEncoding> used, List<IgnoredColumn> ignored) {
	}

	/** Detects the encodings of {@code names} over {@code rows} (cells aligned with the names). */
	static Result detect(List<String> names, List<String[]> rows) {
		List<ColumnEncoding> used = new ArrayList<>();
		List<IgnoredColumn> ignored = new ArrayList<>();
		for (int c = 0; c < names.size(); c++) {
			int column = c;
			List<String> cells = rows.stream().map(row -> column < row.length ? row[column].strip() : "").toList();
			ColumnEncoding encoding = encoding(names.get(c), cells);
			if (encoding == null) {
				ignored.add(new IgnoredColumn(names.get(c), distinctFilled(cells) <= 1 ? "constant" : "identifier"));
			}
			else {
				used.add(encoding);
			}
		}
		return new Result(used, ignored);
	}

	private static ColumnEncoding encoding(String name, List<String> cells) {
		List<String> filled = cells.stream().filter(cell -> !cell.isEmpty()).toList();
		if (distinctFilled(cells) <= 1) {
			return null;
		}
		double[] numbers = filled.stream().map(NumberCells::parse).filter(n -> n != null).mapToDouble(n -> n).toArray();
		if (numbers.length >= 0.95 * filled.size()) {
			Arrays.sort(numbers);
			return ColumnEncoding.number(name, numbers[numbers.length / 2], filled.size() < cells.size());
		}
		Map<String, Integer> counts = new HashMap<>();
		filled.forEach(cell -> counts.merge(cell, 1, Integer::sum));
		if (counts.size() > MAX_LEVELS && counts.size() > 0.5 * filled.size()) {
			return null;
		}
		List<String> levels = counts.entrySet()
			.stream()
			.filter(level -> level.getValue() >= 2)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_LEVELS)
			.map(Map.Entry::getKey)
			.toList();
		return levels.isEmpty() ? null : ColumnEncoding.category(name, levels);
	}

	private static long distinctFilled(List<String> cells) {
		return cells.stream().filter(cell -> !cell.isEmpty()).distinct().count();
	}
}
