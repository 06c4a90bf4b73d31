package io.renloop.interview.internal.scoring;

import io.renloop.interview.Rubric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a model answer into weighted key points, the way an HR user drafts a rubric: the answer's sentences and
 * numbered steps, enumerations (A、B、C or items after a colon) split into their items, near-duplicates merged,
 * at most ten points, each weighted by its number of distinct content words. The weights are rounded to two
 * decimals and add up to exactly 1.
 */
public final class KeyPointSuggester {

	public static final int MAX_KEY_POINTS = 10;

	private static final Pattern ENUMERATION = Pattern.compile("[、；;]");

	private static final Pattern ENGLISH_ENUMERATION = Pattern.compile("[;]|,\\s*(?:and\\s+)?");

	/** Items of an enumeration longer than this (characters) are sentences, not list items. */
	private static final int LONGEST_ITEM = 30;

	private static final double NEAR_DUPLICATE = 0.6;

	private final ContentWords words;

	public KeyPointSuggester(ContentWords words) {
		this.words = words;
	}

	/** The suggested key points of {@code modelAnswer}; empty when it has no content words. */
	public List<Rubric.KeyPoint> suggest(String modelAnswer, boolean chinese) {
		List<Point> points = new ArrayList<>();
		for (String sentence : Sentences.of(modelAnswer.replaceAll("[ \\t\\u3000]+", " "), chinese, 200)) {
			for (String item : items(sentence, chinese)) {
				Set<String> content = words.of(item, chinese).distinct();
				if (!content.isEmpty()) {
					addOrMerge(points, new Point(item, content));
				}
			}
		}
		while (points.size() > MAX_KEY_POINTS) {
			mergeSmallestNeighbours(points, chinese);
		}
		return weighted(points);
	}

	/** An enumeration's items, or the sentence itself; none for a lead-in ending in a colon. */
	private static List<String> items(String sentence, boolean chinese) {
		if (sentence.strip().endsWith("：") || sentence.strip().endsWith(":")) {
			return List.of();
		}
		String body = stripTrailingPunctuation(sentence);
		int colon = Math.max(body.indexOf('：'), body.indexOf(':'));
		String list = colon >= 0 ? body.substring(colon + 1) : body;
		String[] parts = (chinese ? ENUMERATION : ENGLISH_ENUMERATION).split(list);
		boolean enumeration = parts.length >= 3 || colon >= 0 && parts.length >= 2;
		if (!enumeration) {
			return List.of(body);
		}
		List<String> items = new ArrayList<>();
		for (String part : parts) {
			String item = stripTrailingPunctuation(part.strip());
			if (item.length() > LONGEST_ITEM) {
				return List.of(body);
			}
			if (!item.isEmpty()) {
				items.add(item);
			}
		}
		return items;
	}

	private static String stripTrailingPunctuation(String text) {
		return text.strip().replaceAll("^[，,、；;：:。.\\s]+|[，,、；;：:。.！!？?\\s]+$", "");
	}

	private static void addOrMerge(List<Point> points, Point candidate) {
		for (int i = 0; i < points.size(); i++) {
			Point existing = points.get(i);
			if (jaccard(existing.content(), candidate.content()) >= NEAR_DUPLICATE) {
				if (candidate.content().size() > existing.content().size()) {
					points.set(i, candidate);
				}
				return;
			}
		}
		points.add(candidate);
	}

	private static void mergeSmallestNeighbours(List<Point> points, boolean chinese) {
		int best = 0;
		for (int i = 1; i < points.size() - 1; i++) {
			if (size(points, i) < size(points, best)) {
				best = i;
			}
		}
		Point first = points.get(best);
		Point second = points.remove(best + 1);
		Set<String> content = new HashSet<>(first.content());
		content.addAll(second.content());
		points.set(best, new Point(first.text() + (chinese ? "；" : "; ") + second.text(), content));
	}

	private static int size(List<Point> points, int i) {
		return points.get(i).content().size() + points.get(i + 1).content().size();
	}

	private static List<Rubric.KeyPoint> weighted(List<Point> points) {
		if (points.isEmpty()) {
			return List.of();
		}
		int total = points.stream().mapToInt(p -> p.content().size()).sum();
		List<BigDecimal> weights = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (Point point : points) {
			BigDecimal weight = BigDecimal.valueOf((double) point.content().size() / total)
				.setScale(2, RoundingMode.HALF_UP)
				.max(new BigDecimal("0.01"));
			weights.add(weight);
			sum = sum.add(weight);
		}
		int largest = 0;
		for (int i = 1; i < weights.size(); i++) {
			if (weights.get(i).compareTo(weights.get(largest)) > 0) {
				largest = i;
			}
		}
		weights.set(largest, weights.get(largest).add(BigDecimal.ONE.subtract(sum)));
		List<Rubric.KeyPoint> keyPoints = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			keyPoints.add(new Rubric.KeyPoint(points.get(i).text(), weights.get(i).doubleValue()));
		}
		return keyPoints;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		if (union.isEmpty()) {
			return 0;
		}
		long common = a.stream().filter(b::contains).count();
		return (double) common / union.size();
	}

	private record Point(String text, Set<String> content) {
	}
}
