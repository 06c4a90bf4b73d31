package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.BmesCorpus.Span;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Exact-span precision, recall and F1 per entity type, plus the micro average over chosen types. */
final class SpanScores {

	private final Map<String, int[]> counts = new LinkedHashMap<>();

	SpanScores(List<String> types) {
		types.forEach(type -> counts.put(type, new int[3]));
	}

	/** Adds one sentence: gold and predicted spans. */
	void add(Collection<Span> gold, Collection<Span> predicted) {
		Set<Span> goldSet = new HashSet<>(gold);
		for (Span span : predicted) {
			int[] c = counts.get(span.type());
			if (c != null) {
				c[1]++;
				if (goldSet.contains(span)) {
					c[0]++;
				}
			}
		}
		for (Span span : gold) {
			int[] c = counts.get(span.type());
			if (c != null) {
				c[2]++;
			}
		}
	}

	double f1(String type) {
		return score(counts.get(type))[2];
	}

	double microF1(List<String> types) {
		return score(micro(types))[2];
	}

	private int[] micro(List<String> types) {
		int[] sum = new int[3];
		for (String type : types) {
			int[] c = counts.get(type);
			for (int i = 0; i < 3; i++) {
				sum[i] += c[i];
			}
		}
		return sum;
	}

	private static double[] score(int[] c) {
		double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
		double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
		double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
		return new double[] { p, r, f };
	}

	String table(List<String> overallTypes) {
		StringBuilder out = new StringBuilder(String.format("%-8s %6s %6s %6s %6s %6s %6s%n", "type", "gold",
				"pred", "match", "P", "R", "F1"));
		counts.forEach((type, c) -> out.append(row(type, c)));
		out.append(row("overall", micro(overallTypes)));
		return out.toString();
	}

	private static String row(String name, int[] c) {
		double[] s = score(c);
		return String.format("%-8s %6d %6d %6d %6.4f %6.4f %6.4f%n", name, c[2], c[1], c[0], s[0], s[1], s[2]);
	}
}
