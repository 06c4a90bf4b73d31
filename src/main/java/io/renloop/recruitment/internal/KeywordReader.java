package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.Lexicon.Match;
import io.renloop.recruitment.internal.ResumeSections.Kind;
import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Skills, certificates and languages: lexicon matches, read more liberally inside their own sections. */
final class KeywordReader {

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

	static List<String> skills(Lexicons lexicons, List<Section> sections) {
		Found found = new Found();
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

	static List<String> certificates(Lexicons lexicons, List<Section> sections) {
		Found found = new Found();
		for (Section section : sections) {
			for (Line line : section.lines()) {
				List<Match> matches = lexicons.certificates().find(line.text());
				matches.forEach(found::add);
				if (section.is(Kind.CERTIFICATES) && matches.isEmpty()) {
					String item = line.text().replaceAll("^[\\s•·\\-*\\d.、]+", "")
						.replaceAll("(?:19|20)\\d{2}\\s*[年./\\-]?\\s*(?:\\d{1,2}\\s*月?)?", "")
						.strip();
					if (!item.isEmpty() && item.length() <= 40) {
						found.add(new Match(0, 0, item, item));
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
