package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.Lexicon.Match;
import io.renloop.recruitment.internal.ResumeSections.Kind;
import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Skills, certificates and languages: the items of their own sections and labelled lines, else lexicon matches. */
final class KeywordReader {

	private static final Pattern SKILLS_LABEL = Pattern.compile("(?i)技能|专业技能|技术栈|掌握技能|skills|technical skills|tech stack|"
			+ "technologies|tools");

	private static final Pattern LANGUAGE_CONTEXT = Pattern.compile("(?i)语言|外语|英语|language|fluent|native|proficien");

	private static final Pattern LANGUAGE_TEST = Pattern.compile("(?i).*(\\d|级|cet|tem|ielts|toefl|toeic|gre|gmat|bec|"
			+ "topik|hsk|jlpt|雅思|托福|托业|普通话水平).*");

	private KeywordReader() {
	}

	/** Matches deduplicated by canonical form, each shown as first written. */
	private static final class Found {

		private final Set<String> canonical = new LinkedHashSet<>();

		private final List<String> written = new ArrayList<>();

		void add(Match match) {
			if (canonical.add(match.canonical().toLowerCase(java.util.Locale.ROOT))) {
				written.add(match.text().strip());
			}
		}

		List<String> written() {
			return written;
		}
	}

	/**
	 * The skills a resume lists: the items of its skills sections and "Skills:" lines when it has any (an item the
	 * lexicon does not know counts when it reads like a skill's name, not a sentence), else the listed skills named
	 * anywhere but the header.
	 */
	static List<String> skills(Lexicons lexicons, List<Section> sections) {
		Found found = new Found();
		for (Section section : sections) {
			for (Line line : section.lines()) {
				String listed = section.is(Kind.SKILLS) ? line.text() : ListItems.afterLabel(line.text(), SKILLS_LABEL);
				if (listed == null) {
					continue;
				}
				for (String item : ListItems.of(ListItems.withoutLabel(listed))) {
					addSkill(lexicons, item, found);
				}
			}
		}
		if (!found.written().isEmpty()) {
			return found.written();
		}
		for (Section section : sections) {
			if (section.is(Kind.HEADER) && sections.size() > 1) {
				continue;
			}
			for (Line line : section.lines()) {
				lexicons.skills().find(line.text()).forEach(found::add);
			}
		}
		return found.written();
	}

	private static void addSkill(Lexicons lexicons, String item, Found found) {
		String skill = ListItems.skillName(item);
		if (skill == null) {
			lexicons.skills().find(item).forEach(found::add);
			return;
		}
		boolean language = lexicons.languages().find(skill).stream().anyMatch(m -> m.start() == 0);
		if (!language && !lexicons.certificates().contains(skill)) {
			String canonical = lexicons.skills().canonical(skill);
			found.add(new Match(0, skill.length(), skill, canonical == null ? skill : canonical));
		}
	}

	/**
	 * Certificates: each item of a certificates section or a 证书： line whole (for example Oracle Certified
	 * Professional: Java SE 17 Developer; AWS Certified Solutions Architect – Associate), without its date and issuer; elsewhere the
	 * listed certificates, also taken whole when a colon or a dash continues the name.
	 */
	static List<String> certificates(Lexicons lexicons, List<Section> sections) {
		Found found = new Found();
		for (Section section : sections) {
			for (Line line : section.lines()) {
				String listed = section.is(Kind.CERTIFICATES) ? line.text()
						: ListItems.afterLabel(line.text(), ListItems.CERTIFICATE_LABEL);
				for (String item : listed == null ? List.<String>of() : ListItems.of(listed)) {
					String name = ListItems.certificateName(item);
					if (name != null) {
						// keyed as written: 初级会计师 and 中级会计师 share a lexicon entry but are two certificates
						found.add(new Match(0, name.length(), name, name));
					}
				}
			}
		}
		for (Section section : sections) {
			if (section.is(Kind.CERTIFICATES)) {
				continue;
			}
			for (Line line : section.lines()) {
				for (Match match : lexicons.certificates().find(line.text())) {
					Match whole = ListItems.continued(line.text(), match);
					if (found.written().stream().noneMatch(f -> f.toLowerCase(Locale.ROOT).contains(whole.text().toLowerCase(Locale.ROOT)))) {
						found.add(whole);
					}
				}
			}
		}
		return found.written();
	}

	static List<String> languages(Lexicons lexicons, List<Section> sections) {
		Found found = new Found();
		for (Section section : sections) {
			for (Line line : section.lines()) {
				boolean languageLine = section.is(Kind.LANGUAGES) || LANGUAGE_CONTEXT.matcher(line.text()).find();
				for (Match match : lexicons.languages().find(line.text())) {
					if (languageLine || LANGUAGE_TEST.matcher(match.text()).matches()) {
						found.add(match);
					}
				}
			}
		}
		return found.written();
	}
}
