package io.renloop.recruitment.internal;

import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.evaluation.GoldLabels;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Field-level scores of parsed resumes against gold labels, per field and per group (language, file type). Every
 * stated value is a field: name, phone and e-mail; each part of each education and experience entry (a part both
 * sides leave empty is not counted); each listed skill and certificate. Entries are paired with the parsed entry
 * that agrees on most parts. A value the parser invents — a part the resume does not state, a parsed entry or item
 * with no gold counterpart — counts as a wrong field, so accuracy falls with both misses and inventions.
 */
final class FieldScores {

	static final List<String> FIELDS = List.of("name", "phone", "email", "education.school", "education.degree",
			"education.major", "education.start", "education.end", "experience.organization", "experience.title",
			"experience.start", "experience.end", "skills", "certificates");

	private final Map<String, Map<String, int[]>> byGroup = new LinkedHashMap<>();

	/** Adds one resume's fields to the groups {@code groups} (and to "all"). */
	void add(GoldLabels gold, ParsedResume parsed, List<String> groups) {
		List<String> all = new ArrayList<>(groups);
		all.add(0, "all");
		for (String group : all) {
			Map<String, int[]> counts = byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>());
			single(counts, "name", gold.name(), parsed.name());
			single(counts, "phone", digits(gold.phone()), digits(parsed.phone()));
			single(counts, "email", gold.email(), parsed.email());
			education(counts, gold.education(), parsed.education());
			experience(counts, gold.experience(), parsed.experience());
			items(counts, "skills", gold.skills(), parsed.skills());
			items(counts, "certificates", gold.certificates(), parsed.certificates());
		}
	}

	double accuracy(String group) {
		int[] total = total(group);
		return total[1] == 0 ? 0 : (double) total[0] / total[1];
	}

	double accuracy(String group, String field) {
		int[] count = byGroup.getOrDefault(group, Map.of()).getOrDefault(field, new int[2]);
		return count[1] == 0 ? Double.NaN : (double) count[0] / count[1];
	}

	int[] total(String group) {
		int[] total = new int[2];
		byGroup.getOrDefault(group, Map.of()).values().forEach(c -> {
			total[0] += c[0];
			total[1] += c[1];
		});
		return total;
	}

	/** A Markdown table: one row per field, the overall row last, a column per group. */
	String table(List<String> groups) {
		StringBuilder table = new StringBuilder("| field | fields | right | accuracy |");
		groups.forEach(g -> table.append(' ').append(g).append(" |"));
		table.append("\n|---|---:|---:|---:|");
		groups.forEach(g -> table.append("---:|"));
		table.append('\n');
		for (String field : FIELDS) {
			int[] count = byGroup.get("all").getOrDefault(field, new int[2]);
			table.append("| ").append(field).append(" | ").append(count[1]).append(" | ").append(count[0]).append(" | ")
				.append(percent(accuracy("all", field))).append(" |");
			groups.forEach(g -> table.append(' ').append(percent(accuracy(g, field))).append(" |"));
			table.append('\n');
		}
		int[] total = total("all");
		table.append("| **overall** | ").append(total[1]).append(" | ").append(total[0]).append(" | **")
			.append(percent(accuracy("all"))).append("** |");
		groups.forEach(g -> table.append(' ').append(percent(accuracy(g))).append(" |"));
		return table.append('\n').toString();
	}

	private static String percent(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f %%", value * 100);
	}

	private static void single(Map<String, int[]> counts, String field, String gold, String parsed) {
		if (gold == null && parsed == null) {
			count(counts, field, true);
			return;
		}
		count(counts, field, same(gold, parsed));
	}

	private static void part(Map<String, int[]> counts, String field, String gold, String parsed) {
		if (gold != null || parsed != null) {
			count(counts, field, same(gold, parsed));
		}
	}

	private static void education(Map<String, int[]> counts, List<GoldLabels.Education> gold, List<ParsedResume.Education> parsed) {
		entries(counts, "education", List.of("school", "degree", "major", "start", "end"),
				gold.stream().map(e -> Arrays.asList(e.school(), e.degree(), e.major(), e.start(), e.end())).toList(),
				parsed.stream().map(e -> Arrays.asList(e.school(), e.degree(), e.major(), e.start(), e.end())).toList());
	}

	private static void experience(Map<String, int[]> counts, List<GoldLabels.Experience> gold, List<ParsedResume.Experience> parsed) {
		entries(counts, "experience", List.of("organization", "title", "start", "end"),
				gold.stream().map(e -> Arrays.asList(e.organization(), e.title(), e.start(), e.end())).toList(),
				parsed.stream().map(e -> Arrays.asList(e.organization(), e.title(), e.start(), e.end())).toList());
	}

	/** Pairs each gold entry with the unused parsed entry agreeing on most parts; unpaired parsed entries are inventions. */
	private static void entries(Map<String, int[]> counts, String kind, List<String> names, List<List<String>> gold,
			List<List<String>> parsed) {
		List<List<String>> left = new ArrayList<>(parsed);
		for (List<String> g : gold) {
			List<String> best = null;
			int bestAgreement = 0;
			for (List<String> p : left) {
				int agreement = 0;
				for (int i = 0; i < names.size(); i++) {
					agreement += same(g.get(i), p.get(i)) ? 1 : 0;
				}
				if (agreement > bestAgreement) {
					best = p;
					bestAgreement = agreement;
				}
			}
			left.remove(best);
			for (int i = 0; i < names.size(); i++) {
				part(counts, kind + "." + names.get(i), g.get(i), best == null ? null : best.get(i));
			}
		}
		for (List<String> invented : left) {
			for (int i = 0; i < names.size(); i++) {
				part(counts, kind + "." + names.get(i), null, invented.get(i));
			}
		}
	}

	private static boolean same(String gold, String parsed) {
		return gold != null && parsed != null && normal(gold).equals(normal(parsed));
	}

	private static void items(Map<String, int[]> counts, String field, List<String> gold, List<String> parsed) {
		List<String> found = new ArrayList<>(parsed.stream().map(FieldScores::normal).toList());
		for (String item : gold) {
			count(counts, field, found.remove(normal(item)));
		}
		found.stream().distinct().forEach(invented -> count(counts, field, false));
	}

	private static void count(Map<String, int[]> counts, String field, boolean right) {
		int[] count = counts.computeIfAbsent(field, f -> new int[2]);
		count[0] += right ? 1 : 0;
		count[1]++;
	}

	private static String digits(String phone) {
		return phone == null ? null : phone.replaceAll("\\D", "");
	}

	/** Compatibility forms folded, lower case, one kind of dash and bracket, single spaces, no trailing dot. */
	static String normal(String value) {
		String folded = Normalizer.normalize(Objects.requireNonNull(value), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return folded.replaceAll("[–—―]", "-").replaceAll("\\s+", " ").replaceAll("[\\s.。,，;；]+$", "").strip();
	}
}
