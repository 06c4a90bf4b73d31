package io.renloop.recruitment.internal;

import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Name, phone and e-mail: labelled fields first, then the tagger's names and the first line of the header. */
final class ContactDetails {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");

	private static final Pattern PHONE = Pattern.compile("(?<![\\d.])(?:(?:\\+|00)86[\\s\\-]?)?1[3-9]\\d(?:[\\s\\-]?\\d{4}){2}(?![\\d.])"
			+ "|(?<![\\d.])\\+\\d{1,3}[\\s\\-]?\\(?\\d{1,4}\\)?(?:[\\s\\-]?\\d{2,4}){2,4}(?![\\d.])"
			+ "|(?<![\\d.])0\\d{2,3}-\\d{7,8}(?![\\d.])|(?<![\\d.])\\(\\d{3}\\)\\s?\\d{3}-\\d{4}(?![\\d.])");

	private static final Pattern NAME_LABEL = Pattern.compile("(?i)(?:姓\\s*名|name|full name)\\s*[:：]\\s*"
			+ "([\\p{IsHan}·]{2,6}|[A-Z][A-Za-z'\\-]+(?:\\s+[A-Z][A-Za-z'\\-]+){1,3})");

	private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}·]{2,4}");

	private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][a-z'\\-]+(?:\\s+[A-Z]\\.?)?(?:\\s+[A-Z][a-z'\\-]+){1,2}"
			+ "|[A-Z][A-Z'\\-]+(?:\\s+[A-Z]\\.)?(?:\\s+[A-Z][A-Z'\\-]+){1,2}");

	private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(简历|履历|resume|curriculum|vitae|个人|求职|"
			+ "大学|学院|公司|经理|工程师|engineer|developer|manager|university).*");

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

	static String name(String text, List<Section> sections, List<Entity> entities) {
		Matcher labelled = NAME_LABEL.matcher(text);
		if (labelled.find()) {
			return labelled.group(1).strip();
		}
		Section header = sections.get(0);
		int headerEnd = header.lines().isEmpty() ? 0 : header.lines().get(Math.min(4, header.lines().size() - 1)).end();
		for (Entity entity : entities) {
			if (entity.type() == EntityType.NAME && entity.start() < Math.max(headerEnd, 200)) {
				return entity.text();
			}
		}
		for (Line line : header.lines().subList(0, Math.min(3, header.lines().size()))) {
			String[] parts = line.text().strip().split("\\s*[|｜,，]\\s*|\\s{2,}");
			String candidate = parts.length == 0 ? "" : parts[0].strip();
			if (NOT_A_NAME.matcher(candidate).matches()) {
				continue;
			}
			if (CHINESE_NAME.matcher(candidate).matches() || LATIN_NAME.matcher(candidate).matches()) {
				return candidate;
			}
		}
		return null;
	}
}
