package io.renloop.recruitment.internal;

import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.internal.Lexicon.Match;
import io.renloop.recruitment.internal.ResumeSections.Kind;
import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entities of English lines, which the character tagger (trained on Chinese) does not cover: lexicon matches
 * for titles, degrees, majors and schools, and organisation names by their legal-form or institution words.
 */
final class LatinEntities {

	private final Lexicons lexicons;

	LatinEntities(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	List<Entity> find(List<Section> sections) {
		List<Entity> found = new ArrayList<>();
		for (Section section : sections) {
			for (Line line : section.lines()) {
				if (!mostlyLatin(line.text())) {
					continue;
				}
				add(found, line, lexicons.universities().find(line.text()), EntityType.ORG);
				add(found, line, pattern(EducationReader.SCHOOL, line.text()), EntityType.ORG);
				add(found, line, lexicons.degrees().find(line.text()), EntityType.EDU);
				add(found, line, lexicons.titles().find(line.text()), EntityType.TITLE);
				add(found, line, pattern(ExperienceReader.COMPANY, line.text()), EntityType.ORG);
				if (section.is(Kind.EDUCATION)) {
					add(found, line, lexicons.majors().find(line.text()), EntityType.PRO);
				}
			}
		}
		return found;
	}

	static boolean mostlyLatin(String text) {
		long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
		long latin = text.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
		return latin >= 3 && han * 4 < latin;
	}

	private static List<Match> pattern(Pattern pattern, String text) {
		List<Match> matches = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			if (mostlyLatin(m.group())) {
				String value = m.group().strip();
				int start = m.start() + m.group().indexOf(value);
				matches.add(new Match(start, start + value.length(), value, value));
			}
		}
		return matches;
	}

	private static void add(List<Entity> found, Line line, List<Match> matches, EntityType type) {
		for (Match match : matches) {
			if (!mostlyLatin(match.text()) && type != EntityType.EDU) {
				continue;
			}
			int start = line.offset() + match.start();
			int end = line.offset() + match.end();
			boolean overlaps = found.stream().anyMatch(e -> e.start() < end && start < e.end());
			if (!overlaps) {
				found.add(new Entity(type, match.text(), start, end));
			}
		}
	}
}
