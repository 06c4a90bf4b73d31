package io.renloop.payroll.internal.formula;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The order in which items are computed: every item after the items its formula reads. */
public final class FormulaOrder {

	private FormulaOrder() {
	}

	/**
	 * Orders item codes so each comes after the items it reads; among items free to go in any order, by code, so that
	 * the order is the same on every run. Variables that are not item codes are inputs and ignored.
	 * @param readsByItem the variables each item's formula reads, by item code
	 * @throws FormulaCycleException naming the first cycle found, in reading order, e.g. {@code [A, B, C, A]}
	 */
	public static List<String> sort(Map<String, Set<String>> readsByItem) {
		List<String> order = new ArrayList<>(readsByItem.size());
		Map<String, Mark> marks = new HashMap<>();
		for (String item : new TreeSet<>(readsByItem.keySet())) {
			visit(item, readsByItem, marks, new LinkedHashSet<>(), order);
		}
		return order;
	}

	private enum Mark {
		VISITING, DONE
	}

	/** Depth first: an item reached again while its own reads are being visited closes a cycle. */
	private static void visit(String item, Map<String, Set<String>> readsByItem, Map<String, Mark> marks,
			LinkedHashSet<String> path, List<String> order) {
		Mark mark = marks.get(item);
		if (mark == Mark.DONE) {
			return;
		}
		if (mark == Mark.VISITING) {
			throw new FormulaCycleException(cycleFrom(item, path));
		}
		marks.put(item, Mark.VISITING);
		path.add(item);
		for (String read : new TreeSet<>(readsByItem.get(item))) {
			if (readsByItem.containsKey(read)) {
				visit(read, readsByItem, marks, path, order);
			}
		}
		path.remove(item);
		marks.put(item, Mark.DONE);
		order.add(item);
	}

	/** The path from the item's first visit on, closed by the item again: [A, B, C, A]. */
	private static List<String> cycleFrom(String item, LinkedHashSet<String> path) {
		List<String> walked = new ArrayList<>(path);
		List<String> cycle = new ArrayList<>(walked.subList(walked.indexOf(item), walked.size()));
		cycle.add(item);
		return cycle;
	}
}
