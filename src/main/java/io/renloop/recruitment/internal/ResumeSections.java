package io.renloop.recruitment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a resume into lines and groups them under the section headings resumes use ("教育背景", "Work
 * Experience", "专业技能"...). Lines before the first heading belong to {@link Kind#HEADER}; a text without headings
 * (a biography) is one header section.
 */
final class ResumeSections {

	enum Kind {
		HEADER, EDUCATION, EXPERIENCE, PROJECTS, SKILLS, CERTIFICATES, LANGUAGES, OTHER
	}

	private static final Map<Kind, Pattern> HEADINGS = Map.of(Kind.EDUCATION,
			Pattern.compile("教育背景|教育经历|学习经历|教育情况|学历背景|education(?:al)?(?: background| history)?|academic background"),
			Kind.EXPERIENCE,
			Pattern.compile("工作经历|工作经验|职业经历|任职经历|实习经历|工作履历|(?:work |professional |employment )?experience|"
					+ "employment(?: history)?|work history|career history"),
			Kind.PROJECTS, Pattern.compile("项目经历|项目经验|主要项目|projects?(?: experience)?"), Kind.SKILLS,
			Pattern.compile("专业技能|技能特长|技能|个人技能|职业技能|(?:technical |core |key )?skills?(?: summary)?|"
					+ "competenc(?:e|ies)"),
			Kind.CERTIFICATES,
			Pattern.compile("证书|资格证书|职业资格|资质证书|获得证书|certificat(?:es?|ions?)|licen[cs]es?(?: (?:and|&) certifications?)?"),
			Kind.LANGUAGES, Pattern.compile("语言能力|外语能力|语言|外语水平|languages?(?: skills)?"), Kind.OTHER,
			Pattern.compile("自我评价|个人评价|自我介绍|求职意向|基本信息|个人信息|个人资料|获奖情况|荣誉奖项|兴趣爱好|"
					+ "summary|profile|objective|personal (?:information|details)|awards?|honou?rs|interests|hobbies|references"));

	private static final Pattern DECORATION = Pattern.compile("^[\\s#*•·\\-=_【\\[(（<《]+|[\\s:：】\\])）>》\\-=_]+$");

	private ResumeSections() {
	}

	static List<Section> split(String text) {
		List<Section> sections = new ArrayList<>();
		Section current = new Section(Kind.HEADER, new ArrayList<>());
		sections.add(current);
		int start = 0;
		while (start <= text.length()) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? text.length() : newline;
			String line = text.substring(start, end);
			Kind heading = heading(line);
			if (heading != null) {
				current = new Section(heading, new ArrayList<>());
				sections.add(current);
			}
			else if (!line.isBlank()) {
				current.lines().add(new Line(line, start));
			}
			if (newline < 0) {
				break;
			}
			start = newline + 1;
		}
		return sections;
	}

	static Kind heading(String line) {
		String bare = DECORATION.matcher(line.strip()).replaceAll("").strip().toLowerCase(Locale.ROOT);
		if (bare.isEmpty() || bare.length() > 30) {
			return null;
		}
		for (Map.Entry<Kind, Pattern> entry : HEADINGS.entrySet()) {
			if (entry.getValue().matcher(bare).matches()) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** A line of the text and the offset of its first character. */
	record Line(String text, int offset) {

		int end() {
			return offset + text.length();
		}
	}

	/** A heading's kind and the lines under it. */
	record Section(Kind kind, List<Line> lines) {

		boolean is(Kind kind) {
			return this.kind == kind;
		}
	}
}
