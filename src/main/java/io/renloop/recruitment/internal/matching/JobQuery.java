package io.renloop.recruitment.internal.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pasted job description (or a short keyword query) asks for, in Chinese or English: its title, duties,
 * must-haves, nice-to-haves and the skills they name, without the parts every posting has and no resume answers —
 * the company introduction, benefits, equal-opportunity statements, how to apply. Searching by the whole posting
 * let words like "insurance", "team" or "福利" rank candidates; the talent pool and the description factor of the
 * match score search by {@link #focus()} instead.
 * @param title the job title, or null when none is found
 * @param duties what the job holder will do
 * @param mustHaves what a candidate must bring
 * @param niceToHaves what counts in a candidate's favour
 * @param skills short skill and qualification terms named by the must-haves and nice-to-haves
 * @param focus the text to search by: title, duties, must-haves and nice-to-haves; the query itself when it has
 * no structure
 */
public record JobQuery(String title, List<String> duties, List<String> mustHaves, List<String> niceToHaves,
		List<String> skills, String focus) {

	private enum Part {
		DUTIES, MUST_HAVES, NICE_TO_HAVES, BOILERPLATE
	}

	/** Headings of the parts of a posting; a heading may end with a colon and carry text after it. */
	private static final List<PartHeading> HEADINGS = List.of(
			new PartHeading(Part.DUTIES, "岗位职责|工作职责|职位描述|工作内容|岗位描述|职责描述|你将负责|主要职责|"
					+ "responsibilities|key responsibilities|duties|the role|about the role|what you will do|"
					+ "what you'll do|your tasks|in this role(?: you will)?|job description|you will"),
			new PartHeading(Part.NICE_TO_HAVES, "加分项|优先条件|优先考虑|nice to have|nice-to-have|preferred|"
					+ "preferred qualifications|bonus points|bonus|it'?s a plus(?: if)?"),
			new PartHeading(Part.MUST_HAVES, "任职要求|岗位要求|任职资格|职位要求|能力要求|我们希望你|"
					+ "requirements|qualifications|minimum qualifications|what you bring|what we'?re looking for|"
					+ "who you are|you have|must[- ]haves?|skills(?: and experience)?|about you"),
			new PartHeading(Part.BOILERPLATE, "公司简介|公司介绍|关于我们|福利待遇|薪资福利|我们提供|薪酬福利|工作地点|"
					+ "联系方式|投递方式|应聘方式|about us|about the company|who we are|our company|we offer|"
					+ "what we offer|benefits|perks|compensation|why join us|why us|how to apply|location|"
					+ "equal opportunity(?: employer)?|diversity(?: and inclusion)?"));

	/** Sentences that belong to no candidate: perks, company boasts, legal statements, application steps. */
	private static final Pattern BOILERPLATE = Pattern.compile("五险一金|六险一金|带薪年假|年终奖|节日福利|餐补|交通补贴|"
			+ "下午茶|团建|弹性工作|免费班车|期权|股票激励|薪资面议|薪资待遇|公司成立于|总部位于|我们是一家|欢迎加入|"
			+ "简历投递|投递简历|发送简历|请将简历|平等|歧视|equal opportunit|equal employment|regardless of|"
			+ "without regard to|discriminat|diverse (?:team|workplace|environment)|inclusive (?:workplace|environment|culture)|we offer|we provide|competitive (?:salary|pay|"
			+ "compensation|package)|health insurance|\\bdental\\b|paid time off|\\bpto\\b|401\\(k\\)|stock options|"
			+ "\\bequity\\b|bonus scheme|flexible (?:working|hours)|remote[- ]friendly|hybrid work|\\bgym\\b|snacks|"
			+ "wellness|parental leave|career growth|to apply|send (?:us )?your|apply now|apply (?:via|at|online)|"
			+ "founded in|headquartered|our mission|our team of|we are a|we're a|join us|"
			+ "fast[- ]growing|industry[- ]leading|world[- ]class|^join ", Pattern.CASE_INSENSITIVE);

	private static final Pattern TITLE_LABEL = Pattern.compile(
			"^(?:职位名称|岗位名称|招聘职位|招聘岗位|职位|岗位|job title|position|role|title)\\s*[:：]\\s*(.+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TITLE_PHRASE = Pattern.compile(
			"(?:招聘|诚聘|急聘)\\s*([^，。,：:\\s]{2,20})|(?:hiring|looking for|seeking|recruiting)\\s+(?:an?\\s+|our\\s+|"
					+ "experienced\\s+|talented\\s+)*([A-Za-z][A-Za-z/&+.\\- ]{2,60}?)(?:\\s+(?:to|who|with|in|at|for)\\b|[,.!:;(]|$)",
			Pattern.CASE_INSENSITIVE);

	/** Words around skills that name no skill: "熟悉 Java" and "experience with Java" both ask for Java. */
	private static final Pattern FILLER = Pattern.compile("^(?:熟悉|熟练掌握|熟练使用|熟练|精通|掌握|了解|具备|具有|有|"
			+ "能够|会使用|使用|拥有|持有|优先|以上|相关|良好的|较强的|扎实的|"
			+ "strong |solid |hands-on |proven |good |excellent |deep |working |practical |"
			+ "experience (?:with|in|of) |knowledge of |familiarity with |proficien(?:t|cy) (?:in|with) |"
			+ "understanding of |expertise in |skills? in |ability to |background in |fluency in |"
			+ "(?:an? )?|the |and |or |in |with )+", Pattern.CASE_INSENSITIVE);

	private static final Pattern SKILL_SEPARATORS = Pattern.compile("[,，、;；/|()（）：:]|\\s+(?:and|or|as well as)\\s+|和|及|与|或");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；;])|(?<=[.!?])\\s+");

	private static final Pattern BULLET = Pattern.compile("^[\\s\\-*•·●▪◆■>+]+|^\\d{1,2}[.、)）]\\s*|^[（(]\\d{1,2}[)）]\\s*");

	/** The longest text a term of {@link #skills()} has: longer ones are sentences. */
	private static final int MAX_SKILL_CHARS = 40;

	public JobQuery {
		duties = List.copyOf(duties);
		mustHaves = List.copyOf(mustHaves);
		niceToHaves = List.copyOf(niceToHaves);
		skills = List.copyOf(skills);
	}

	/** Reads a posting or a keyword query; a blank text gives a query with a blank focus. */
	public static JobQuery of(String text) {
		String title = null;
		List<String> duties = new ArrayList<>();
		List<String> mustHaves = new ArrayList<>();
		List<String> niceToHaves = new ArrayList<>();
		Part part = null;
		boolean first = true;
		for (String rawLine : (text == null ? "" : text).split("\\R")) {
			String line = BULLET.matcher(rawLine.strip()).replaceAll("").strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher label = TITLE_LABEL.matcher(line);
			if (label.matches()) {
				title = title == null ? label.group(1).strip() : title;
				first = false;
				continue;
			}
			Heading heading = heading(line);
			if (heading != null && heading.part() == Part.BOILERPLATE && !heading.rest().isEmpty()) {
				// "Location: Shanghai" is one line of boilerplate, not a heading of the lines after it
				first = false;
				continue;
			}
			if (heading != null) {
				part = heading.part();
				line = heading.rest();
				if (line.isEmpty()) {
					first = false;
					continue;
				}
			}
			if (first && part == null && looksLikeTitle(line)) {
				title = titleIn(line) == null ? line : titleIn(line);
				first = false;
				continue;
			}
			first = false;
			if (part == Part.BOILERPLATE) {
				continue;
			}
			for (String sentence : SENTENCE_END.split(line)) {
				String kept = sentence.strip();
				if (kept.isEmpty() || BOILERPLATE.matcher(kept).find()) {
					continue;
				}
				if (title == null) {
					title = titleIn(kept);
				}
				target(part, kept, duties, mustHaves, niceToHaves).add(kept);
			}
		}
		List<String> skills = skillsOf(mustHaves, niceToHaves);
		String focus = focus(title, duties, mustHaves, niceToHaves);
		return new JobQuery(title, duties, mustHaves, niceToHaves, skills,
				focus.isBlank() ? (text == null ? "" : text.strip()) : focus);
	}

	/**
	 * This query with more must-have terms (a requisition's required skills and certificates, say), added to its
	 * skills and its focus.
	 */
	public JobQuery withSkills(List<String> more) {
		Set<String> all = new LinkedHashSet<>(skills);
		List<String> added = more.stream().filter(term -> term != null && !term.isBlank() && all.add(term.strip())).toList();
		if (added.isEmpty()) {
			return this;
		}
		String joined = String.join("\n", added);
		return new JobQuery(title, duties, mustHaves, niceToHaves, List.copyOf(all),
				focus.isBlank() ? joined : focus + "\n" + joined);
	}

	/** Sentences outside any heading count as duties unless they read like a requirement. */
	private static List<String> target(Part part, String sentence, List<String> duties, List<String> mustHaves,
			List<String> niceToHaves) {
		if (part == Part.MUST_HAVES) {
			return mustHaves;
		}
		if (part == Part.NICE_TO_HAVES) {
			return niceToHaves;
		}
		if (part == null && sentence.matches("(?is).*(?:要求|熟悉|精通|掌握|以上学历|年以上|must|required|"
				+ "requirement|years of experience|degree in|you have|proficien).*")) {
			return mustHaves;
		}
		return duties;
	}

	private static String focus(String title, List<String> duties, List<String> mustHaves,
			List<String> niceToHaves) {
		List<String> parts = new ArrayList<>();
		if (title != null) {
			parts.add(title);
		}
		parts.addAll(duties);
		parts.addAll(mustHaves);
		parts.addAll(niceToHaves);
		return String.join("\n", parts).strip();
	}

	private static List<String> skillsOf(List<String> mustHaves, List<String> niceToHaves) {
		Set<String> skills = new LinkedHashSet<>();
		for (String sentence : concat(mustHaves, niceToHaves)) {
			for (String piece : SKILL_SEPARATORS.split(sentence.replaceAll("[。.!！?？]+$", ""))) {
				String term = FILLER.matcher(piece.strip()).replaceAll("").strip();
				term = term.replaceAll("(?i)(?:等|等相关|相关|技术|经验|工作经验| experience| skills?)$", "").strip();
				if (term.length() >= 2 && term.length() <= MAX_SKILL_CHARS && !term.matches(".*\\d+\\s*(?:年|\\+|years?).*")
						&& term.split("\\s+").length <= 4) {
					skills.add(term);
				}
			}
		}
		return List.copyOf(skills);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static String titleIn(String sentence) {
		Matcher phrase = TITLE_PHRASE.matcher(sentence);
		if (!phrase.find()) {
			return null;
		}
		String found = phrase.group(1) != null ? phrase.group(1) : phrase.group(2);
		return found == null || found.isBlank() ? null : found.strip();
	}

	/** A short first line without sentence punctuation: postings start with their title. */
	private static boolean looksLikeTitle(String line) {
		int cjk = (int) line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
		int limit = cjk > 0 ? 20 : 60;
		return line.length() <= limit && !line.matches(".*[。.!！?？；;，,].*") && !BOILERPLATE.matcher(line).find();
	}

	private static Heading heading(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		for (PartHeading candidate : HEADINGS) {
			Matcher matcher = candidate.pattern().matcher(lower);
			if (matcher.lookingAt()) {
				String rest = line.substring(matcher.end()).strip();
				boolean labelled = rest.startsWith(":") || rest.startsWith("：");
				String after = labelled ? rest.substring(1).strip() : rest;
				// "Requirements" alone or "Requirements: ..." is a heading; "Skills in Java" is not
				if (labelled || after.isEmpty()) {
					return new Heading(candidate.part(), after);
				}
			}
		}
		return null;
	}

	private record Heading(Part part, String rest) {
	}

	private record PartHeading(Part part, Pattern pattern) {

		PartHeading(Part part, String alternatives) {
			this(part, Pattern.compile("(?:" + alternatives + ")(?=\\s*[:：]|\\s*$|\\s)"));
		}
	}
}
