package io.renloop.recruitment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The talent-search evaluation set, generated deterministically from the vocabulary in
 * {@code io/renloop/recruitment/talentpool/search-categories.txt}: 25 job categories (plus three that no posting
 * asks for), twelve resumes per category (six Chinese, six English) and, per category and language, one job
 * posting of the tuning half and one of the held-out half.
 *
 * <p>The resumes vary the way real ones do: standard ones with an objective and two positions; career changers
 * whose earlier position belongs to a related category (the vocabulary of related categories overlaps on purpose:
 * data engineer, data scientist and BI analyst all know SQL and Python); resumes that never name their occupation
 * (positions without titles, only duties and skills); three-line resumes; graduates with an internship; and long
 * senior resumes with projects. Every resume has the same filler sentences ("teamwork", "Office"). Postings of the
 * tuning half are laid out with headings (title, about us, responsibilities, requirements, benefits); those of the
 * held-out half are prose with the boilerplate first, other phrasing and other picks of duties and skills, so
 * tuning on one half and measuring on the other is measuring on postings written differently.
 *
 * <p>A resume is relevant to a posting when both belong to the same category, whatever their languages.
 */
final class TalentSearchCorpus {

	static final String VOCABULARY = "/io/renloop/recruitment/talentpool/search-categories.txt";

	/** Resumes per category and language. */
	static final int RESUMES_PER_LANGUAGE = 6;

	/** Resumes per language of the categories no posting asks for. */
	static final int NOISE_PER_LANGUAGE = 2;

	/** A term in both languages. */
	record Term(String zh, String en) {

		String in(boolean chinese) {
			return chinese ? zh : en;
		}
	}

	/** A job category and its vocabulary. */
	record Category(String name, List<String> related, boolean asked, List<Term> titles, List<Term> skills,
			List<Term> certificates, List<Term> majors, List<Term> duties) {
	}

	/** A resume of the set; {@code style} says how it was written. */
	record Resume(String id, String category, boolean chinese, String style, String text) {
	}

	/** A job posting used as a query; {@code heldOut} postings are never used for tuning. */
	record Posting(String id, String category, boolean chinese, boolean heldOut, String text) {
	}

	private static final List<Term> EMPLOYERS = terms("华为|Huawei", "阿里巴巴|Alibaba", "腾讯|Tencent", "招商银行|China Merchants Bank",
			"德勤|Deloitte", "京东|JD.com", "美团|Meituan", "海尔|Haier", "比亚迪|BYD", "顺丰|SF Express", "联想|Lenovo",
			"宝钢|Baosteel", "国家电网|State Grid", "字节跳动|ByteDance", "中国建筑|China State Construction", "普华永道|PwC",
			"上海瑞金医院|Ruijin Hospital", "北京四中|Beijing No. 4 High School", "中煤集团|China Coal", "金杜律师事务所|King & Wood Mallesons",
			"携程|Trip.com", "小米|Xiaomi", "万科|Vanke", "平安保险|Ping An Insurance");

	private static final List<Term> SCHOOLS = terms("清华大学|Tsinghua University", "复旦大学|Fudan University",
			"浙江大学|Zhejiang University", "武汉大学|Wuhan University", "中国矿业大学|China University of Mining and Technology",
			"华南理工大学|South China University of Technology", "四川大学|Sichuan University", "山东大学|Shandong University",
			"同济大学|Tongji University", "南京大学|Nanjing University");

	private static final List<Term> DEGREES = terms("本科|Bachelor", "硕士|Master", "大专|Associate degree");

	private static final List<Term> FILLER = terms("具备良好的沟通能力和团队合作精神|Strong communication and teamwork skills",
			"熟练使用Office办公软件|Proficient in Microsoft Office", "工作认真负责，抗压能力强|Detail-oriented, reliable and calm under pressure",
			"学习能力强，适应快节奏环境|Quick learner who thrives in a fast-paced environment",
			"有较强的责任心和执行力|Takes ownership and gets things done");

	private static final List<Term> HOBBIES = terms("跑步、阅读、摄影|running, reading, photography", "篮球、旅行|basketball, travel",
			"钢琴、徒步|piano, hiking", "游泳、围棋|swimming, Go");

	private static final List<Term> GENERIC_TITLES = terms("骨干员工|Team Member", "主管|Team Lead", "专员|Associate",
			"负责人|Lead");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙");

	private static final List<String> GIVEN_NAMES = List.of("伟", "芳", "敏", "静", "磊", "明远", "子涵", "晓东", "海燕", "志强",
			"雪梅", "思远");

	private static final List<String> FIRST_NAMES = List.of("James", "Mary", "Daniel", "Emily", "Grace", "Peter", "Anna",
			"Kevin", "Sophie", "Li", "Wei", "Omar");

	private static final List<String> LAST_NAMES = List.of("Carter", "Smith", "Brown", "Miller", "Wang", "Zhang", "Liu",
			"Chen", "Wilson", "Taylor", "Nguyen", "Patel");

	private static final Map<String, String> IRREGULAR_VERBS = Map.ofEntries(Map.entry("led", "lead"),
			Map.entry("ran", "run"), Map.entry("wrote", "write"), Map.entry("built", "build"), Map.entry("took", "take"),
			Map.entry("won", "win"), Map.entry("drew", "draw"), Map.entry("cut", "cut"), Map.entry("met", "meet"),
			Map.entry("gave", "give"), Map.entry("grew", "grow"), Map.entry("set", "set"), Map.entry("taught", "teach"),
			Map.entry("planned", "plan"), Map.entry("modelled", "model"), Map.entry("programmed", "program"),
			Map.entry("tuned", "tune"), Map.entry("fine-tuned", "fine-tune"), Map.entry("load-tested", "load-test"),
			Map.entry("carried", "carry"));

	private final List<Category> categories;

	private TalentSearchCorpus(List<Category> categories) {
		this.categories = categories;
	}

	/** The set as the vocabulary file defines it. */
	static TalentSearchCorpus load() {
		try (InputStream in = TalentSearchCorpus.class.getResourceAsStream(VOCABULARY)) {
			return new TalentSearchCorpus(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Category> categories() {
		return categories;
	}

	/** Every resume: twelve per asked-for category, four per other category. */
	List<Resume> resumes() {
		List<Resume> resumes = new ArrayList<>();
		for (int c = 0; c < categories.size(); c++) {
			Category category = categories.get(c);
			int perLanguage = category.asked() ? RESUMES_PER_LANGUAGE : NOISE_PER_LANGUAGE;
			for (boolean chinese : new boolean[] { false, true }) {
				for (int i = 0; i < perLanguage; i++) {
					SplittableRandom random = new SplittableRandom(1_000L * c + 100L * (chinese ? 1 : 0) + i);
					Style style = category.asked() ? Style.values()[i % Style.values().length]
							: (i % 2 == 0 ? Style.STANDARD : Style.SHORT);
					String id = category.name() + (chinese ? "-zh-" : "-en-") + i;
					resumes.add(new Resume(id, category.name(), chinese, style.name(),
							resume(random, category, chinese, style)));
				}
			}
		}
		return resumes;
	}

	/** Every posting: per asked-for category and language, one of the tuning and one of the held-out half. */
	List<Posting> postings() {
		List<Posting> postings = new ArrayList<>();
		for (int c = 0; c < categories.size(); c++) {
			Category category = categories.get(c);
			if (!category.asked()) {
				continue;
			}
			for (boolean chinese : new boolean[] { false, true }) {
				for (boolean heldOut : new boolean[] { false, true }) {
					SplittableRandom random = new SplittableRandom(77_000L + 1_000L * c + (chinese ? 10 : 0) + (heldOut ? 1 : 0));
					String text = heldOut ? prosePosting(random, category, chinese)
							: structuredPosting(random, category, chinese);
					postings.add(new Posting(category.name() + (chinese ? "-zh" : "-en") + (heldOut ? "-heldout" : "-tuning"),
							category.name(), chinese, heldOut, text));
				}
			}
		}
		return postings;
	}

	private enum Style {
		STANDARD, CAREER_CHANGE, IMPLICIT, SHORT, GRADUATE, SENIOR
	}

	private String resume(SplittableRandom random, Category category, boolean zh, Style style) {
		List<String> lines = new ArrayList<>();
		lines.add(name(random, zh));
		if (style != Style.SHORT) {
			lines.add((zh ? "电话：1" : "Phone: +86 1") + (30 + random.nextInt(60)) + String.format("%08d", random.nextInt(100_000_000))
					+ (zh ? "  邮箱：" : " | Email: ") + "candidate" + random.nextInt(1_000_000) + "@example.com");
		}
		Category earlier = related(random, category);
		switch (style) {
			case SHORT -> {
				Term title = pick(random, category.titles());
				lines.add(zh ? pick(random, EMPLOYERS).zh + " " + title.zh + "（" + (2015 + random.nextInt(8)) + "年至今）"
						: title.en + " at " + pick(random, EMPLOYERS).en + " (" + (2015 + random.nextInt(8)) + "–present)");
				lines.add((zh ? "技能：" : "Skills: ") + join(some(random, category.skills(), 3, zh), zh));
			}
			case GRADUATE -> {
				lines.add(zh ? "应届毕业生" : "Recent graduate");
				education(random, category, zh, lines, 2025);
				lines.add(zh ? "实习经历" : "Internship");
				position(random, category, zh, lines, pick(random, category.titles()).in(zh) + (zh ? "（实习）" : " Intern"), 2024, 2025, 1);
				lines.add(zh ? "校园经历" : "Campus activities");
				lines.add(zh ? "担任学生会干部，组织多次校园活动" : "Student union officer, organised campus events");
				skills(random, category, zh, lines, 3);
				lines.add(pick(random, FILLER).in(zh));
			}
			case IMPLICIT -> {
				lines.add(zh ? "工作经历" : "Work Experience");
				position(random, category, zh, lines, pick(random, GENERIC_TITLES).in(zh), 2019, 0, 3);
				position(random, category, zh, lines, null, 2015, 2019, 2);
				education(random, category, zh, lines, 2015);
				lines.add(zh ? "专业技能" : "Skills");
				lines.add(join(some(random, category.skills(), 4, zh), zh));
				lines.add(pick(random, FILLER).in(zh));
			}
			case CAREER_CHANGE -> {
				lines.add(zh ? "个人简介" : "Summary");
				lines.add(zh ? "从" + pick(random, earlier.titles()).zh + "转型为" + pick(random, category.titles()).zh + "，"
						+ pick(random, FILLER).zh + "。" : "Former " + pick(random, earlier.titles()).en + " now working as "
								+ pick(random, category.titles()).en + ". " + pick(random, FILLER).en + ".");
				lines.add(zh ? "工作经历" : "Experience");
				position(random, category, zh, lines, pick(random, category.titles()).in(zh), 2021, 0, 3);
				position(random, earlier, zh, lines, pick(random, earlier.titles()).in(zh), 2016, 2021, 3);
				education(random, earlier, zh, lines, 2016);
				lines.add(zh ? "技能" : "Skills");
				List<String> skills = new ArrayList<>(some(random, category.skills(), 4, zh));
				skills.addAll(some(random, earlier.skills(), 3, zh));
				lines.add(join(skills, zh));
				lines.add((zh ? "兴趣爱好：" : "Interests: ") + pick(random, HOBBIES).in(zh));
			}
			case SENIOR -> {
				lines.add(zh ? "求职意向：" + pick(random, category.titles()).zh : "Objective: " + pick(random, category.titles()).en);
				lines.add(zh ? "工作经历" : "Professional Experience");
				position(random, category, zh, lines, pick(random, category.titles()).in(zh), 2020, 0, 3);
				position(random, category, zh, lines, pick(random, category.titles()).in(zh), 2015, 2020, 2);
				position(random, category, zh, lines, pick(random, category.titles()).in(zh), 2011, 2015, 2);
				lines.add(zh ? "项目经历" : "Projects");
				lines.add((zh ? "项目：" : "Project: ") + pick(random, category.duties()).in(zh) + (zh ? "，并" : ", and ")
						+ pick(random, related(random, category).duties()).in(zh));
				education(random, category, zh, lines, 2011);
				skills(random, category, zh, lines, 7);
				certificates(random, category, zh, lines);
				lines.add(zh ? "自我评价" : "Profile");
				lines.add(pick(random, FILLER).in(zh) + (zh ? "；" : "; ") + pick(random, FILLER).in(zh));
				lines.add((zh ? "兴趣爱好：" : "Interests: ") + pick(random, HOBBIES).in(zh));
			}
			default -> {
				lines.add(zh ? "求职意向：" + pick(random, category.titles()).zh : "Objective: " + pick(random, category.titles()).en);
				lines.add(zh ? "工作经历" : "Experience");
				position(random, category, zh, lines, pick(random, category.titles()).in(zh), 2019, 0, 2);
				position(random, category, zh, lines, pick(random, category.titles()).in(zh), 2016, 2019, 2);
				education(random, category, zh, lines, 2016);
				skills(random, category, zh, lines, 5 + random.nextInt(3));
				if (random.nextBoolean()) {
					lines.add((zh ? "其他技能：" : "Also: ") + join(some(random, earlier.skills(), 2, zh), zh));
				}
				certificates(random, category, zh, lines);
				lines.add(zh ? "语言能力" : "Languages");
				lines.add(zh ? "英语六级，普通话二级甲等" : "English (fluent), Mandarin (" + (random.nextBoolean() ? "native)" : "basic)"));
			}
		}
		return String.join("\n", lines) + "\n";
	}

	private void position(SplittableRandom random, Category category, boolean zh, List<String> lines, String title,
			int start, int end, int duties) {
		String employer = pick(random, EMPLOYERS).in(zh);
		String period = start + "." + String.format("%02d", 1 + random.nextInt(12)) + " - "
				+ (end == 0 ? (zh ? "至今" : "Present") : end + "." + String.format("%02d", 1 + random.nextInt(12)));
		if (title == null) {
			lines.add(zh ? period + "  " + employer : employer + " — " + period);
		}
		else {
			lines.add(zh ? period + "  " + employer + "  " + title : title + ", " + employer + " — " + period);
		}
		for (String duty : some(random, category.duties(), duties, zh)) {
			lines.add((zh ? "· " : "- ") + capitalised(duty, zh));
		}
	}

	private static void education(SplittableRandom random, Category category, boolean zh, List<String> lines, int graduated) {
		String school = pick(random, SCHOOLS).in(zh);
		String major = pick(random, category.majors()).in(zh);
		String degree = pick(random, DEGREES).in(zh);
		lines.add(zh ? "教育背景" : "Education");
		lines.add(zh ? (graduated - 4) + ".09-" + graduated + ".07  " + school + "  " + major + "  " + degree
				: degree + " in " + major + ", " + school + ", " + (graduated - 4) + " – " + graduated);
	}

	private static void skills(SplittableRandom random, Category category, boolean zh, List<String> lines, int count) {
		lines.add(zh ? "专业技能" : "Skills");
		lines.add(join(some(random, category.skills(), count, zh), zh));
		lines.add(pick(random, FILLER).in(zh));
	}

	private static void certificates(SplittableRandom random, Category category, boolean zh, List<String> lines) {
		lines.add(zh ? "证书" : "Certifications");
		lines.add(join(some(random, category.certificates(), 1 + random.nextInt(2), zh), zh));
	}

	private String structuredPosting(SplittableRandom random, Category category, boolean zh) {
		String title = pick(random, category.titles()).in(zh);
		String employer = pick(random, EMPLOYERS).in(zh);
		List<String> duties = some(random, category.duties(), 3, zh);
		List<String> skills = some(random, category.skills(), 3, zh);
		String major = pick(random, category.majors()).in(zh);
		String certificate = pick(random, category.certificates()).in(zh);
		int years = 2 + random.nextInt(4);
		if (zh) {
			return "职位名称：" + title + "\n公司简介：" + employer + "是一家快速发展的行业领先企业，员工5000余人，总部位于上海。\n岗位职责：\n1. "
					+ duties.get(0) + "；\n2. " + duties.get(1) + "；\n3. " + duties.get(2) + "。\n任职要求：\n1. " + major
					+ "等相关专业本科及以上学历；\n2. " + years + "年以上相关工作经验；\n3. 熟悉" + String.join("、", skills)
					+ "；\n4. 持有" + certificate + "者优先。\n福利待遇：\n五险一金、带薪年假、年终奖、节日福利、弹性工作、免费班车。\n"
					+ "我们坚持平等雇佣，不因性别、民族等任何因素歧视应聘者。\n";
		}
		return title + "\nAbout us\n" + employer + " is a fast-growing, industry-leading company with 5,000 employees "
				+ "across Asia.\nResponsibilities\n- " + imperative(duties.get(0)) + "\n- " + imperative(duties.get(1)) + "\n- "
				+ imperative(duties.get(2)) + "\nRequirements\n- Bachelor's degree in " + major + "\n- " + years
				+ "+ years of experience in a similar role\n- Proficient in " + skills.get(0) + ", " + skills.get(1) + " and "
				+ skills.get(2) + "\nNice to have\n- " + certificate + "\nWhat we offer\n- Competitive salary and annual bonus\n"
				+ "- Health insurance, paid time off and flexible working hours\n"
				+ "We are an equal opportunity employer and value diversity at our company.\n";
	}

	private String prosePosting(SplittableRandom random, Category category, boolean zh) {
		String title = pick(random, category.titles()).in(zh);
		String employer = pick(random, EMPLOYERS).in(zh);
		List<String> duties = some(random, category.duties(), 3, zh);
		List<String> skills = some(random, category.skills(), 4, zh);
		String major = pick(random, category.majors()).in(zh);
		String certificate = pick(random, category.certificates()).in(zh);
		int years = 3 + random.nextInt(5);
		if (zh) {
			return "欢迎加入" + employer + "！我们是一家充满活力的公司，提供有竞争力的薪资、六险一金、股票激励和下午茶。\n" + "现诚聘" + title
					+ "，工作地点：深圳。\n你将负责：" + duties.get(0) + "，" + duties.get(1) + "，以及" + duties.get(2) + "。\n"
					+ "我们希望你：" + major + "相关专业，" + years + "年以上经验，精通" + skills.get(0) + "和" + skills.get(1)
					+ "，了解" + skills.get(2) + "、" + skills.get(3) + "。\n加分项：" + certificate + "。\n"
					+ "简历投递：请将简历发送至 jobs@example.com，邮件标题注明应聘岗位。\n";
		}
		return "Join " + employer + "! We're a world-class team with a mission to change our industry, and we offer "
				+ "competitive compensation, stock options, a gym and free snacks.\nWe are looking for a " + title
				+ " to join our team in Shenzhen. In this role you will " + imperative(duties.get(0)) + ", "
				+ imperative(duties.get(1)) + " and " + imperative(duties.get(2)) + ".\nWhat you bring: a degree in "
				+ major + ", " + years + "+ years in a similar role, and hands-on experience with " + skills.get(0) + ", "
				+ skills.get(1) + ", " + skills.get(2) + " and " + skills.get(3) + ".\nNice to have: " + certificate
				+ ".\n" + employer + " is an equal opportunity employer: we do not discriminate on the basis of race, "
				+ "religion, gender or age. To apply, send your resume to jobs@example.com.\n";
	}

	/** A related category, at random. */
	private Category related(SplittableRandom random, Category category) {
		String name = category.related().isEmpty() ? categories.get(random.nextInt(categories.size())).name()
				: pick(random, category.related());
		return categories.stream().filter(c -> c.name().equals(name)).findFirst().orElse(category);
	}

	/** "designed and built X" as a posting says it: "design and build X". */
	static String imperative(String duty) {
		String[] words = duty.split(" ");
		for (int i = 0; i < words.length; i++) {
			boolean opensClause = i == 0 || words[i - 1].equals("and") || words[i - 1].endsWith(",");
			String word = words[i].endsWith(",") ? words[i].substring(0, words[i].length() - 1) : words[i];
			boolean past = word.endsWith("ed") || IRREGULAR_VERBS.containsKey(word.toLowerCase(Locale.ROOT));
			if (opensClause && (i == 0 || past)) {
				words[i] = presentTense(word) + (words[i].endsWith(",") ? "," : "");
			}
		}
		return String.join(" ", words);
	}

	private static String presentTense(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (IRREGULAR_VERBS.containsKey(lower)) {
			return IRREGULAR_VERBS.get(lower);
		}
		if (!lower.endsWith("ed") || lower.length() < 5) {
			return word;
		}
		String stem = word.substring(0, word.length() - 2);
		if (stem.endsWith("i")) {
			return stem.substring(0, stem.length() - 1) + "y";
		}
		boolean silentE = stem.matches(".*(?:at|[^s]s|c|g|v|z|u|[^l]l|ar|ur)$");
		return silentE ? stem + "e" : stem;
	}

	private static String name(SplittableRandom random, boolean zh) {
		return zh ? pick(random, SURNAMES) + pick(random, GIVEN_NAMES) : pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
	}

	private static String capitalised(String text, boolean zh) {
		return zh || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String join(List<String> terms, boolean zh) {
		return String.join(zh ? "、" : ", ", terms);
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static List<String> some(SplittableRandom random, List<Term> terms, int count, boolean zh) {
		List<Term> pool = new ArrayList<>(terms);
		List<String> chosen = new ArrayList<>();
		while (chosen.size() < count && !pool.isEmpty()) {
			chosen.add(pool.remove(random.nextInt(pool.size())).in(zh));
		}
		return chosen;
	}

	private static List<Term> terms(String... pairs) {
		return Stream.of(pairs).map(TalentSearchCorpus::term).toList();
	}

	private static Term term(String pair) {
		String[] parts = pair.split("\\|", 2);
		return new Term(parts[0].strip(), parts[1].strip());
	}

	private static List<Category> parse(String text) {
		List<Category> categories = new ArrayList<>();
		String[] blocks = text.split("(?m)^== ");
		for (int b = 1; b < blocks.length; b++) {
			String[] lines = blocks[b].split("\\R");
			String[] header = lines[0].split("\\|");
			String name = header[0].strip();
			List<String> related = List.of();
			boolean asked = true;
			for (int h = 1; h < header.length; h++) {
				String[] setting = header[h].split(":", 2);
				if (setting[0].strip().equals("related")) {
					related = Arrays.stream(setting[1].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
				}
				if (setting[0].strip().equals("asked")) {
					asked = Boolean.parseBoolean(setting[1].strip());
				}
			}
			Map<String, List<Term>> fields = new java.util.HashMap<>();
			for (int l = 1; l < lines.length; l++) {
				String line = lines[l].strip();
				int colon = line.indexOf(':');
				if (line.isEmpty() || line.startsWith("#") || colon < 0) {
					continue;
				}
				fields.put(line.substring(0, colon),
						Arrays.stream(line.substring(colon + 1).split(";")).map(String::strip).filter(s -> !s.isEmpty())
							.map(TalentSearchCorpus::term)
							.toList());
			}
			categories.add(new Category(name, related, asked, fields.get("titles"), fields.get("skills"),
					fields.get("certs"), fields.get("majors"), fields.get("duties")));
		}
		return categories;
	}
}
