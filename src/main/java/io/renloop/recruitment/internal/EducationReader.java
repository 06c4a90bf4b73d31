package io.renloop.recruitment.internal;

import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume.Education;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.internal.DateRanges.DateRange;
import io.renloop.recruitment.internal.EntryBlocks.Block;
import io.renloop.recruitment.internal.Lexicon.Match;
import io.renloop.recruitment.internal.ResumeSections.Kind;
import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Education entries: from the education section when there is one (a dated line per school), else from the
 * sentences of a biography that name a degree or a school.
 */
final class EducationReader {

	static final Pattern SCHOOL = Pattern.compile("[\\p{IsHan}（）()]{2,20}?(?:大学|学院|学校|党校|中学)"
			+ "|(?:[A-Z][\\w&'.\\-]*\\s+){0,5}(?:University|College|Institute|School|Academy)(?:\\s+of(?:\\s+[A-Z][\\w&'.\\-]*)+)?"
			+ "|University\\s+of(?:\\s+[A-Z][\\w&'.\\-]*)+");

	private static final Pattern SCHOOL_SUFFIX = Pattern.compile("(?i).*(大学|学院|学校|党校|university|college|institute|school|academy).*");

	private static final Pattern MAJOR_LABEL = Pattern.compile("(?:专业[:：]\\s*|(?i:major(?:ing)?\\s*(?:in|:)\\s*))"
			+ "([\\p{IsHan}A-Za-z &]{2,30}?)(?=$|[\\s,，;；|｜。])|([\\p{IsHan}]{2,12})专业");

	private final Lexicons lexicons;

	EducationReader(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	List<Education> read(String text, List<Section> sections, List<Entity> entities) {
		List<Education> entries = new ArrayList<>();
		for (Section section : sections) {
			if (section.is(Kind.EDUCATION)) {
				for (Block block : EntryBlocks.of(section.lines())) {
					add(entries, entry(block.text(), block.from(), block.to(), entities));
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
