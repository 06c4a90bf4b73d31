package io.renloop.recruitment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one line of a resume, the way a reader sees columns: table cells (tabs), runs of spaces, bars,
 * spaced dashes, and in Chinese text single spaces between words. English lines also split at commas and at
 * “ at ” (“Engineer at Stripe”), but a legal form after a comma stays with its name (“Acme, Inc.”); Chinese lines
 * at full-width commas. Dates stay in their own cell, so a reader can drop them and classify what is left.
 */
final class LineCells {

	/** Separators every line uses: tabs, two or more spaces, ideographic spaces, bars, spaced dashes and bullets. */
	private static final Pattern STRONG = Pattern.compile("\\t+|\\s{2,}|\\u3000+|\\s*[|｜]\\s*|\\s+[–—―-]+\\s+|\\s*[—―]{1,2}\\s*"
			+ "|\\s+[·•]\\s+|\\s*[／]\\s*");

	/** Separators of English lines, within a strong cell. */
	private static final Pattern LATIN_WEAK = Pattern.compile(",\\s+|(?<!(?:University|College) of \\p{Lu}\\p{L}{1,20})\\s+at\\s+"
			+ "|\\s+@\\s+|;\\s*");

	/** A single space between two Chinese (or digit) runs separates Chinese cells. */
	private static final Pattern HAN_SPACE = Pattern.compile("(?<=[\\p{IsHan}）)\\d])\\s(?=[\\p{IsHan}（(])|(?<=[\\p{IsHan}）)])\\s(?=[\\dA-Za-z])"
			+ "|\\s*，\\s*");

	/** Legal forms after a comma; "CO" without a dot is Colorado, not a company. */
	private static final Pattern LEGAL_FORM = Pattern.compile("(?i)(?:inc|ltd|llc|l\\.l\\.c|corp|plc|gmbh|llp)\\.?|(?i:co)\\.|AG|LP");

	private static final Pattern EDGES = Pattern.compile("^[\\s)）\\]】,，;；:：.·•]+|[\\s(（\\[【,，;；:：·•]+$");

	/** "[ 8年9个月 ]", "(3 yrs 2 mos)": how long a position lasted, which exports add after the employer. */
	private static final Pattern DURATION = Pattern.compile("[\\[【(（]\\s*\\d+\\s*(?:年|个月|(?i:years?|yrs?|months?|mos?))[^\\]】)）]{0,12}[\\]】)）]");

	private LineCells() {
	}

	/** The non-blank cells of {@code line}, stripped, in order; offsets are into {@code line}. */
	static List<Cell> of(String line) {
		List<Cell> cells = new ArrayList<>();
		int from = 0;
		for (DateRanges.DateRange range : DateRanges.all(line)) {
			if (range.from() < from) {
				continue;
			}
			text(new Cell(line.substring(from, range.from()), from, false), cells);
			cells.add(new Cell(line.substring(range.from(), range.to()).strip(), range.from(), true));
			from = range.to();
		}
		text(new Cell(line.substring(from), from, false), cells);
		return cells;
	}

	/** The cells of a table row: exactly its tab-separated cells, a cell holding only dates being a date cell. */
	static List<Cell> ofTableRow(String line) {
		List<Cell> cells = new ArrayList<>();
		int from = 0;
		for (String part : line.split("\t", -1)) {
			String text = part.strip();
			if (!text.isEmpty()) {
				List<DateRanges.DateRange> dates = DateRanges.all(text);
				boolean date = dates.size() == 1 && dates.get(0).to() - dates.get(0).from() >= text.length() - 2;
				cells.add(new Cell(text, from + part.indexOf(text), date));
			}
			from += part.length() + 1;
		}
		return cells;
	}

	/** The cells of a stretch of text without dates. */
	private static void text(Cell stretch, List<Cell> cells) {
		for (Cell strong : split(stretch, STRONG)) {
			if (LatinEntities.mostlyLatin(strong.text())) {
				cells.addAll(mergeLegalForms(split(strong, LATIN_WEAK)));
			}
			else {
				cells.addAll(split(strong, HAN_SPACE));
			}
		}
	}

	private static List<Cell> split(Cell cell, Pattern separator) {
		List<Cell> cells = new ArrayList<>();
		Matcher m = separator.matcher(cell.text());
		int from = 0;
		while (m.find()) {
			add(cells, cell.text().substring(from, m.start()), cell.start() + from);
			from = m.end();
		}
		add(cells, cell.text().substring(from), cell.start() + from);
		return cells;
	}

	private static List<Cell> mergeLegalForms(List<Cell> cells) {
		List<Cell> merged = new ArrayList<>();
		for (Cell cell : cells) {
			if (!merged.isEmpty() && LEGAL_FORM.matcher(cell.text()).matches()) {
				Cell previous = merged.remove(merged.size() - 1);
				merged.add(new Cell(previous.text() + ", " + cell.text(), previous.start(), false));
			}
			else {
				merged.add(cell);
			}
		}
		return merged;
	}

	private static void add(List<Cell> cells, String text, int start) {
		String stripped = EDGES.matcher(DURATION.matcher(text).replaceAll(" ")).replaceAll("");
		if (!stripped.isEmpty() && !stripped.matches("[\\p{Punct}，。、：；（）【】~～]+")) {
			cells.add(new Cell(stripped, start + text.indexOf(stripped), false));
		}
	}

	/** A cell's text, where it starts in its line, and whether it is a date or a date range. */
	record Cell(String text, int start, boolean date) {

		int end() {
			return start + text.length();
		}
	}
}
