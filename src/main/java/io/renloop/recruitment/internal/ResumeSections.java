package io.renloop.recruitment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a resume into lines and groups them under the section headings resumes use (“教育背景”, “Work
 * Experience”, “专业技能”...). Lines before the first heading belong to {@link Kind#HEADER}; a text without headings
 * (a biography) is one header section.
 */
final class ResumeSections {

	enum Kind {
		HEADER, EDUCATION, EXPERIENCE, PROJECTS, SKILLS, CERTIFICATES, LANGUAGES, OTHER
	}

	private static final Map<Kind, Pattern> HEADINGS = Map.of(Kind.EDUCATION,
			Pattern.compile("教育背景|教育经历|学习经历|教育情况|学历背景|教育|学历|education(?:al)?(?: background| history| details|"
					+ " and training| & training| qualifications?)?|academic (?:background|qualifications?|history)|qualifications"),
			Kind.EXPERIENCE,
			Pattern.compile("工作经历|工作经验|职业经历|任职经历|实习经历|工作履历|工作|实习经验|"
					+ "(?:work |professional |employment |relevant |internship )?experiences?(?: details)?|"
					+ "employment(?: history)?|work history|career history|internships?|positions held|company details"),
			Kind.PROJECTS, Pattern.compile("项目经历|项目经验|主要项目|项目|projects?(?: experience| details)?|key projects"),
			Kind.SKILLS,
			Pattern.compile("专业技能|技能特长|技能|个人技能|职业技能|技术能力|技能专长|掌握技能|it技能|"
					+ "(?:technical |core |key |professional |it |computer )?skills?(?: summary| set| & tools| and tools| details)?|"
					+ "competenc(?:e|ies)|core competencies|technologies|tech stack|tools(?: & technologies)?"),
			Kind.CERTIFICATES,
			Pattern.compile("证书|资格证书|职业资格|资质证书|获得证书|证书资质|资格认证|职业证书|certificat(?:es?|ions?)|"
					+ "licen[cs]es?(?: (?:and|&) certifications?)?|certifications? (?:and|&) licen[cs]es|credentials"),
			Kind.LANGUAGES, Pattern.compile("语言能力|外语能力|语言|外语水平|languages?(?: skills)?"), Kind.OTHER,
			Pattern.compile("自我评价|个人评价|自我介绍|求职意向|基本信息|个人信息|个人资料|获奖情况|荣誉奖项|兴趣爱好|联系方式|"
					+ "培训经历|社会实践|校园经历|在校经历|荣誉|奖项|"
					+ "summary|professional summary|career summary|profile|professional profile|about me|objective|"
					+ "career objective|personal (?:information|details)|contact(?: information| details)?|awards?(?: (?:and|&) honou?rs)?|"
					+ "honou?rs(?: (?:and|&) awards)?|interests|hobbies|references|training|courses|volunteer(?:ing| experience)?|"
					+ "publications|activities"));

	private static final Pattern DECORATION = Pattern.compile("^(?:[\\s#*•·■□◆●▌|\\-=_【\\[(（<《]|[一二三四五六七八九十]+[、.]|\\d{1,2}[.、])+"
			+ "|[\\s:：】\\])）>》\\-=_—|]+$");

	/** "教育背景 Education", "工作经历 / Experience": a heading in both languages. */
	private static final Pattern BILINGUAL = Pattern.compile("(\\p{IsHan}{2,8})\\s*[/|｜]?\\s*([a-z][a-z &]{2,25})");

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
		Kind kind = kind(bare);
		Matcher bilingual = BILINGUAL.matcher(bare);
		if (kind == null && bilingual.matches() && kind(bilingual.group(1)) == kind(bilingual.group(2).strip())) {
			kind = kind(bilingual.group(1));
		}
		return kind;
	}

	private static Kind kind(String bare) {
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
