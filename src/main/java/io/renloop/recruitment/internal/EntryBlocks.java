package io.renloop.recruitment.internal;

import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.internal.ResumeSections.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The entries of an education or experience section: an entry starts at a dated line (or at the first line) and
 * takes the undated lines after it, such as bullets. Also the sentences of a biography.
 */
final class EntryBlocks {

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·●▪◆■\\-*–]|\\d+[.、)）])\\s*");

	private EntryBlocks() {
	}

	static List<Block> of(List<Line> lines) {
		List<Block> blocks = new ArrayList<>();
		Block current = null;
		for (Line line : lines) {
			boolean dated = !DateRanges.find(line.text()).isEmpty();
			boolean bullet = BULLET.matcher(line.text()).find();
			if (current == null || dated && current.hasDate() || dated && !bullet && current.lines().size() > 1) {
				current = new Block(new ArrayList<>());
				blocks.add(current);
			}
			current.lines().add(line);
		}
		return blocks;
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

		boolean hasDate() {
			return lines.stream().anyMatch(line -> !DateRanges.find(line.text()).isEmpty());
		}

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
