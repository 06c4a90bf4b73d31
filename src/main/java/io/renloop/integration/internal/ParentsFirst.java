package io.renloop.integration.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders rows so that a row comes after the row of the same file it refers to (a department after its
 * parent, an employee after their manager), whatever order the file has. Rows on a cycle keep an
 * arbitrary order; their references then fail as rows not saved.
 */
final class ParentsFirst {

	private ParentsFirst() {
	}

	static List<ImportRow> order(List<ImportRow> rows, Function<ImportRow, String> code,
			Function<ImportRow, String> parentCode) {
		Map<String, ImportRow> byCode = new HashMap<>();
		rows.forEach(row -> {
			if (code.apply(row) != null) {
				byCode.putIfAbsent(code.apply(row), row);
			}
		});
		Map<ImportRow, Integer> depth = new HashMap<>();
		for (ImportRow row : rows) {
			List<ImportRow> chain = new ArrayList<>();
			Set<ImportRow> onChain = new LinkedHashSet<>();
			ImportRow current = row;
			while (current != null && !depth.containsKey(current) && onChain.add(current)) {
				chain.add(current);
				String parent = parentCode.apply(current);
				current = parent == null ? null : byCode.get(parent);
			}
			int level = current != null && depth.containsKey(current) ? depth.get(current) + 1 : 0;
			for (int i = chain.size() - 1; i >= 0; i--) {
				depth.put(chain.get(i), level++);
			}
		}
		List<ImportRow> ordered = new ArrayList<>(rows);
		ordered.sort(Comparator.comparingInt(depth::get));
		return ordered;
	}
}
