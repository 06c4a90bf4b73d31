package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Name, phone and e-mail: labelled fields first, then the first lines of the header. */
final class ContactDetails {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");

	private static final Pattern PHONE = Pattern.compile("(?<![\\d.])(?:(?:\\+|00)86[\\s\\-]?)?1[3-9]\\d(?:[\\s\\-]?\\d{4}){2}(?![\\d.])"
			+ "|(?<![\\d.])\\+\\d{1,3}[\\s\\-]?\\(?\\d{1,4}\\)?(?:[\\s\\-]?\\d{2,4}){2,4}(?![\\d.])"
			+ "|(?<![\\d.])0\\d{2,3}-\\d{7,8}(?![\\d.])|(?<![\\d.])\\(\\d{3}\\)\\s?\\d{3}-\\d{4}(?![\\d.])"
			+ "|(?<![\\d.\\-])\\d{3}[\\-.]\\d{3}[\\-.]\\d{4}(?![\\d.\\-])");

	private static final Pattern NAME_LABEL = Pattern.compile("(?<![\\p{L}])(?:姓\\s*名|(?i:name|full name))\\s*(?:[:：]|\\t)\\s*"
			+ "([\\p{IsHan}·]{2,6}|\\p{Lu}[\\p{L}'\\-]+(?:[ \\t]+\\p{Lu}[\\p{L}'.\\-]*){1,3})");

	private static final Pattern FIRST_CELL = Pattern.compile("\\s*[|｜,，;；/]\\s*|\\s{2,}|\\t|\\s+[–—-]+\\s+|\\s+[·•]\\s+");

	private static final int HEADER_LINES_FOR_NAME = 3;

	private ContactDetails() {
	}

	static String email(String text) {
		Matcher m = EMAIL.matcher(text);
		return m.find() ? m.group() : null;
	}

	static String phone(String text) {
		Matcher m = PHONE.matcher(text);
		while (m.find()) {
			String digits = m.group().replaceAll("\\D", "");
			if (digits.length() >= 10 && digits.length() <= 15) {
				return m.group().strip();
			}
		}
		return null;
	}

	/**
	 * The candidate's name: a labelled one ("姓名：", "Name:"), else the first cell of one of the header's first
	 * lines when it looks like a person's name ({@link PersonNames}) — never a heading, a title or a company. Null
	 * when there is none: a resume that starts with "Education Details" has no name, not that one.
	 */
	static String name(String text, List<Section> sections) {
		Matcher labelled = NAME_LABEL.matcher(text);
		if (labelled.find() && PersonNames.looksLikeName(labelled.group(1).strip())) {
			return labelled.group(1).strip();
		}
		List<Line> header = sections.get(0).lines();
		for (Line line : header.subList(0, Math.min(HEADER_LINES_FOR_NAME, header.size()))) {
			String[] cells = FIRST_CELL.split(line.text().strip());
			String candidate = PersonNames.joined(cells.length == 0 ? "" : cells[0].strip());
			if (PersonNames.looksLikeName(candidate)) {
				return candidate;
			}
			if (cells.length > 0 && PersonNames.startsWithChineseName(cells[0].strip()) != null) {
				return PersonNames.startsWithChineseName(cells[0].strip());
			}
		}
		return null;
	}
}
