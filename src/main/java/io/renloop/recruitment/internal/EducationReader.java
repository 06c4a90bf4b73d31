package io.renloop.recruitment.internal;

import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume.Education;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.internal.DateRanges.DateRange;
import io.renloop.recruitment.internal.EntryBlocks.Block;
import io.renloop.recruitment.internal.EntryHead.Role;
import io.renloop.recruitment.internal.EntryHead.RoleCell;
import io.renloop.recruitment.internal.Lexicon.Match;
import io.renloop.recruitment.internal.ResumeSections.Kind;
import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Education entries: from the education section when there is one (an entry per dated head, see
 * {@link EntryBlocks}), else from the sentences of a biography that name a degree or a school. In a section, the
 * head's cells are read by layout: a labelled or table cell says what it is; otherwise the cell with a school is
 * the school, the cell with a degree the degree (what follows "in" or the degree word may be the major), and the
 * cell left over the major — so "2009.09-2013.07 中国矿业大学 安全工程 本科（工学学士）" gives the major 安全工程, not
 * the 工学 of the degree.
 */
final class EducationReader {

	static final Pattern SCHOOL = Pattern.compile("[\\p{IsHan}（）()]{2,20}?(?:大学|学院|学校|党校|中学)"
			+ "|(?:[A-Z][\\w&'.\\-]*\\s+){0,5}(?:University|College|Institute|School|Academy)(?:\\s+of(?:\\s+[A-Z][\\w&'.\\-]*)+)?"
			+ "|University\\s+of(?:\\s+[A-Z][\\w&'.\\-]*)+(?:,\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?=\\s*$))?");

	private static final Pattern SCHOOL_SUFFIX = Pattern.compile("(?i).*(大学|学院|学校|党校|university|college|institute|school|academy).*");

	private static final Pattern MAJOR_LABEL = Pattern.compile("(?:专业[:：]\\s*|(?i:major(?:ing)?\\s*(?:in|:)\\s*))"
			+ "([\\p{IsHan}A-Za-z &]{2,30}?)(?=$|[\\s,，;；|｜。])|([\\p{IsHan}]{2,12})专业");

	/** Written-out English degrees and their abbreviations (the lexicon knows the bare words). */
	private static final Pattern ENGLISH_DEGREE = Pattern.compile("\\b(?:(?i:bachelor|master|doctor)(?:'s|s)?(?:\\s+of\\s+"
			+ "(?:Arts|Science|Engineering|Business Administration|Commerce|Laws|Fine Arts|Education|Technology|Philosophy|"
			+ "Applied Science|Nursing|Architecture|Public Administration|Public Health|Social Work|Music|Accountancy|"
			+ "Finance|Economics|Medicine|Computer Science))?(?:\\s+(?i:degree))?|Ph\\.?\\s?D\\.?|E?MBA|M\\.S\\.?c?\\.?|MSc|MS|"
			+ "B\\.S\\.?c?\\.?|BSc|BS|B\\.A\\.?|BA|M\\.A\\.?|MA|B\\.?Eng\\.?|M\\.?Eng\\.?|B\\.?Com\\.?|LL\\.?[BM]\\.?|J\\.D\\.|"
			+ "M\\.?Phil\\.?|(?i:associate)(?:'s)?(?:\\s+(?i:degree))?)(?![\\w])");

	/** 统招本科, 全日制硕士: the mode of study is not part of the degree. */
	private static final Pattern MODE_OF_STUDY = Pattern.compile("^(?:统招|全日制|非全日制)(?=\\p{IsHan})");

	private static final Pattern NOT_A_MAJOR = Pattern.compile("(?i).*(gpa|绩点|排名|rank|honou?rs|cum laude|dean|"
			+ "全日制|统招|在读|毕业|\\d).*|.*学院|.*[^关]系|school of .*|full[- ]time|part[- ]time|remote");

	private static final Pattern CONNECTOR = Pattern.compile("^(?i:\\s*(?:in|of|,|;|-|–|—|:|degree)\\s*)+|"
			+ "(?i:\\s*(?:,|;|-|–|—|:|degree|\\(|（)\\s*)+$");

	private final Lexicons lexicons;

	EducationReader(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	List<Education> read(String text, List<Section> sections, List<Entity> entities) {
		List<Education> entries = new ArrayList<>();
		for (Section section : sections) {
			if (section.is(Kind.EDUCATION)) {
				EntryTable table = EntryTable.of(section.lines());
				for (Block block : EntryBlocks.of(table.rows())) {
					add(entries, fromHead(EntryHead.of(block, table.columns()), block, entities));
				}
			}
		}
		if (entries.isEmpty()) {
			for (Line sentence : EntryBlocks.sentences(text)) {
				boolean hasDegree = !EntryBlocks.within(entities, EntityType.EDU, sentence.offset(), sentence.end()).isEmpty();
				if (hasDegree || !lexicons.universities().find(sentence.text()).isEmpty()) {
					add(entries, entry(sentence.text(), sentence.offset(), sentence.end(), entities));
				}
			}
		}
		return entries;
	}

	private static void add(List<Education> entries, Education entry) {
		if (entry != null && !entries.contains(entry)) {
			entries.add(entry);
		}
	}

	/** An entry read from the cells of its head; the tagger's entities fill what the cells leave open. */
	private Education fromHead(EntryHead head, Block block, List<Entity> entities) {
		String school = text(head.marked(Role.SCHOOL));
		String degree = degreeOf(head.marked(Role.DEGREE));
		String major = text(head.marked(Role.MAJOR));
		List<String> rest = new ArrayList<>();
		for (RoleCell cell : head.cells()) {
			if (cell.role() != null) {
				continue;
			}
			String value = lexicons.universities().contains(cell.text()) ? cell.text() : JobCells.withoutTrailingCity(cell.text());
			if (JobCells.isPlace(value) && (degree(value) == null || JobCells.isStateCode(value) && degreeElsewhere(head, cell))) {
				continue;
			}
			if (school != null && wholeSchool(value)) {
				// "Kellogg School of Management, Northwestern University": a school and the university it belongs to
				school = school + (LatinEntities.mostlyLatin(value) ? ", " : "") + value;
				continue;
			}
			if (school == null) {
				String found = wholeSchool(value) ? value : school(value);
				if (found != null) {
					school = found;
					value = value.replace(found, " ").strip();
				}
			}
			if (!value.isEmpty() && degree == null) {
				Match found = degree(value);
				if (found != null) {
					degree = found.text().strip();
					String after = CONNECTOR.matcher(value.substring(found.end())).replaceAll("").strip();
					String before = CONNECTOR.matcher(value.substring(0, found.start())).replaceAll("").strip();
					value = (before + " " + (degree(after) == null ? after : "")).strip();
				}
			}
			else if (!value.isEmpty() && degree(value) != null) {
				continue;
			}
			if (!value.isEmpty()) {
				rest.add(value);
			}
		}
		if (degree != null) {
			degree = MODE_OF_STUDY.matcher(degree).replaceFirst("");
		}
		if (major == null) {
			major = rest.stream().map(EducationReader::bareMajor).filter(m -> m != null).findFirst().orElse(null);
		}
		if (school == null && degree == null) {
			return entry(block.text(), block.from(), block.to(), entities);
		}
		DateRange dates = head.dates() != null ? head.dates() : DateRanges.first(block.text());
		String start = dates == null ? null : dates.start();
		String end = dates == null ? null : dates.end();
		if (dates != null && end == null) {
			end = start;
			start = null;
		}
		return new Education(school, degree, major, start, end);
	}

	/** Whether a cell of the head other than {@code except} names a degree (MA in Boston, MA is then a state). */
	private boolean degreeElsewhere(EntryHead head, RoleCell except) {
		return head.cells().stream().anyMatch(c -> c != except && !JobCells.isStateCode(c.text()) && degree(c.text()) != null);
	}

	/** A cell that names a school and nothing else ("University of Texas at Austin"), taken whole. */
	private boolean wholeSchool(String value) {
		return SCHOOL_SUFFIX.matcher(value).matches() && value.length() <= 40 && degree(value) == null
				&& value.split("\\s+").length <= 8;
	}

	/** The degree a degree cell names ("本科（工学学士）" → 本科), or the cell as written when it names none. */
	private String degreeOf(RoleCell cell) {
		if (cell == null) {
			return null;
		}
		Match found = degree(cell.text());
		return found == null ? cell.text() : found.text().strip();
	}

	private static String text(RoleCell cell) {
		return cell == null ? null : cell.text();
	}

	private static String bareMajor(String value) {
		String major = value.replaceAll("专业$", "").replaceAll("^(?i)(?:major|专业)\\s*[:：]?\\s*", "").strip();
		if (major.length() < 2 || major.length() > 40 || NOT_A_MAJOR.matcher(major).matches()) {
			return null;
		}
		return major;
	}

	private String school(String value) {
		List<Match> listed = lexicons.universities().find(value);
		Matcher m = SCHOOL.matcher(value);
		String pattern = m.find() ? m.group().strip() : null;
		if (!listed.isEmpty() && (pattern == null || listed.get(0).text().length() >= pattern.length())) {
			return listed.get(0).text();
		}
		return pattern;
	}

	/** The longest degree named in a cell, by the lexicon or as an English degree phrase. */
	private Match degree(String value) {
		List<Match> found = new ArrayList<>(lexicons.degrees().find(value));
		Matcher m = ENGLISH_DEGREE.matcher(value);
		while (m.find()) {
			found.add(new Match(m.start(), m.end(), m.group(), m.group()));
		}
		return found.stream()
			.min(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt((Match x) -> x.end() - x.start()).reversed()))
			.orElse(null);
	}

	private Education entry(String text, int from, int to, List<Entity> entities) {
		String school = school(text, from, to, entities);
		String degree = degree(text, from, to, entities);
		if (school == null && degree == null) {
			return null;
		}
		DateRange dates = DateRanges.first(text);
		String start = dates == null ? null : dates.start();
		String end = dates == null ? null : dates.end();
		if (dates != null && end == null && text.contains("毕业")) {
			end = start;
			start = null;
		}
		return new Education(school, degree, major(text, from, to, entities), start, end);
	}

	private String school(String text, int from, int to, List<Entity> entities) {
		List<Match> listed = lexicons.universities().find(text);
		for (Entity org : EntryBlocks.within(entities, EntityType.ORG, from, to)) {
			if (SCHOOL_SUFFIX.matcher(org.text()).matches()) {
				return org.text();
			}
		}
		if (!listed.isEmpty()) {
			return listed.get(0).text();
		}
		Matcher m = SCHOOL.matcher(text);
		return m.find() ? m.group().strip() : null;
	}

	private String degree(String text, int from, int to, List<Entity> entities) {
		List<Match> listed = lexicons.degrees().find(text);
		if (!listed.isEmpty()) {
			return listed.stream().max((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).get().text();
		}
		List<Entity> tagged = EntryBlocks.within(entities, EntityType.EDU, from, to);
		return tagged.isEmpty() ? null : tagged.get(0).text();
	}

	private String major(String text, int from, int to, List<Entity> entities) {
		List<Entity> tagged = EntryBlocks.within(entities, EntityType.PRO, from, to);
		if (!tagged.isEmpty()) {
			return tagged.get(0).text();
		}
		Matcher labelled = MAJOR_LABEL.matcher(text);
		if (labelled.find()) {
			return (labelled.group(1) != null ? labelled.group(1) : labelled.group(2)).strip();
		}
		List<Match> listed = lexicons.majors().find(text);
		return listed.isEmpty() ? null : listed.get(0).text();
	}
}
