package io.renloop.recruitment.internal;

import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.internal.ResumeSections.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The entries of an education or experience section. An entry's head is its dated line together with the short
 * lines a layout puts before the date ("Stripe" / "Senior Engineer" / "2020 – present"); how many lines come
 * before the date is learnt from the section's first entry and applied to the others, so a company line is not
 * taken for the last bullet of the entry above. Undated lines after the head (bullets, descriptions) belong to
 * the entry. A section without dates has an entry per line that is not a bullet. Also the sentences of a
 * biography.
 */
final class EntryBlocks {

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·●▪◆■□❖➢►▸◦‣○\\-*–]|\\d{1,2}[.、)）](?!\\d))\\s*");

	private static final int MAX_LINES_BEFORE_DATE = 2;

	private static final int MAX_HEAD_CHARS = 100;

	private EntryBlocks() {
	}

	static List<Block> of(List<Line> lines) {
		List<Integer> dated = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (dated(lines.get(i).text()) && !bullet(lines.get(i).text())) {
				dated.add(i);
			}
		}
		List<Integer> starts = dated.isEmpty() ? undatedStarts(lines) : datedStarts(lines, dated);
		List<Block> blocks = new ArrayList<>();
		for (int s = 0; s < starts.size(); s++) {
			int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
			blocks.add(new Block(new ArrayList<>(lines.subList(starts.get(s), to))));
		}
		return blocks;
	}

	private static List<Integer> datedStarts(List<Line> lines, List<Integer> dated) {
		int before = 0;
		while (before < Math.min(dated.get(0), MAX_LINES_BEFORE_DATE) && headLike(lines.get(dated.get(0) - before - 1))) {
			before++;
		}
		List<Integer> starts = new ArrayList<>();
		int previous = -1;
		for (int index : dated) {
			int start = index;
			while (start > previous + 1 && index - start < before && headLike(lines.get(start - 1))
					&& !dated(lines.get(start - 1).text())) {
				start--;
			}
			starts.add(start);
			previous = index;
		}
		if (starts.get(0) > 0) {
			starts.set(0, 0);
		}
		return starts;
	}

	private static List<Integer> undatedStarts(List<Line> lines) {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (i == 0 || !bullet(lines.get(i).text()) && headLike(lines.get(i))) {
				starts.add(i);
			}
		}
		return starts;
	}

	private static boolean headLike(Line line) {
		String text = line.text().strip();
		return !bullet(text) && text.length() <= MAX_HEAD_CHARS && !text.endsWith("。") && !text.endsWith(".");
	}

	static boolean bullet(String text) {
		return BULLET.matcher(text).find();
	}

	/** The line without its bullet. */
	static String unbulleted(String text) {
		return BULLET.matcher(text).replaceFirst("");
	}

	/** A line with a date range, or a short line with a date at its start or end (“M.S., 2012”). */
	static boolean dated(String text) {
		if (!DateRanges.find(text).isEmpty()) {
			return true;
		}
		String bare = text.strip();
		if (bare.length() > MAX_HEAD_CHARS) {
			return false;
		}
		List<DateRanges.DateRange> dates = DateRanges.all(bare);
		return !dates.isEmpty() && (dates.get(0).from() == 0 || bare.substring(dates.get(dates.size() - 1).to())
			.replaceAll("[\\s)）\\]】.。毕业]", "")
			.isEmpty());
	}

	/** Sentences and clauses of a biography: pieces between 。；; and line breaks. */
	static List<Line> sentences(String text) {
		List<Line> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || "。；;\n".indexOf(text.charAt(i)) >= 0) {
				if (i > start && !text.substring(start, i).isBlank()) {
					sentences.add(new Line(text.substring(start, i), start));
				}
				start = i + 1;
			}
		}
		return sentences;
	}

	static List<Entity> within(List<Entity> entities, EntityType type, int from, int to) {
		return entities.stream().filter(e -> e.type() == type && e.start() >= from && e.end() <= to).toList();
	}

	/** Lines of one entry. */
	record Block(List<Line> lines) {

		String text() {
			return String.join("\n", lines.stream().map(Line::text).toList());
		}

		int from() {
			return lines.get(0).offset();
		}

		int to() {
			return lines.get(lines.size() - 1).end();
		}

		/** The end offset of the first {@code count} lines. */
		int headTo(int count) {
			return lines.get(Math.min(count, lines.size()) - 1).end();
		}
	}
}
