package io.renloop.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Deterministic, realistic resume and requisition texts for benchmarks, in Chinese or English, laid out like the
 * resumes people send (contact line, objective, education, dated experience with duties, skills, certificates).
 * Each text belongs to one occupation {@link Family} and draws its titles, skills, certificates, majors and duties
 * from that family's vocabulary (taken from the parser's lexicons), with schools and employers shared by all, so
 * texts of one family are alike without being copies. The same seed always gives the same text.
 */
public final class ResumeTexts {

	/** A term in both languages. */
	public record Term(String zh, String en) {

		/** The term in Chinese or in English. */
		public String in(boolean chinese) {
			return chinese ? zh : en;
		}
	}

	/** An occupation: the vocabulary its resumes and requisitions are written in. */
	public record Family(String name, List<Term> titles, List<Term> skills, List<Term> certificates,
			List<Term> majors, List<Term> duties) {
	}

	public static final List<Family> FAMILIES = List.of(
			new Family("software", terms("Java开发工程师|Java Developer", "后端开发工程师|Backend Engineer",
					"高级软件工程师|Senior Software Engineer", "架构师|Architect", "全栈工程师|Full Stack Engineer"),
					terms("Java|Java", "Spring Boot|Spring Boot", "微服务|Microservices", "MySQL|MySQL",
							"Redis|Redis", "Kafka|Kafka", "Docker|Docker", "Kubernetes|Kubernetes",
							"分布式系统|Distributed Systems", "高并发|High Concurrency", "Linux|Linux", "Git|Git"),
					terms("系统架构设计师|System Architect Certificate",
							"Oracle Certified Professional Java Programmer|Oracle Certified Professional Java Programmer",
							"Certified Kubernetes Administrator|Certified Kubernetes Administrator", "软件设计师|Software Designer"),
					terms("计算机科学与技术|Computer Science", "软件工程|Software Engineering"),
					terms("负责订单系统微服务的设计与开发|Designed and built the order system's microservices",
							"优化数据库查询，接口响应时间降低60%|Tuned database queries, cutting API latency by 60%",
							"搭建持续集成流水线，使用Jenkins和Docker部署|Set up CI pipelines deploying with Jenkins and Docker",
							"主导支付模块重构，支撑日均百万笔交易|Led the rewrite of payments handling a million transactions a day",
							"编写单元测试和接口文档，指导初级工程师|Wrote unit tests and API docs, mentored junior engineers")),
			new Family("data", terms("数据分析师|Data Analyst", "数据工程师|Data Engineer", "算法工程师|Algorithm Engineer",
					"数据科学家|Data Scientist"),
					terms("Python|Python", "SQL|SQL", "数据分析|Data Analysis", "机器学习|Machine Learning",
							"深度学习|Deep Learning", "Spark|Apache Spark", "Hadoop|Hadoop", "Flink|Apache Flink",
							"TensorFlow|TensorFlow", "PyTorch|PyTorch", "自然语言处理|NLP", "Excel|Excel"),
					terms("注册金融风险管理师|FRM", "软考高级|Information Systems Project Manager"),
					terms("统计学|Statistics", "数据科学与大数据技术|Data Science", "数学与应用数学|Mathematics",
							"人工智能|Artificial Intelligence"),
					terms("搭建用户行为数据仓库，日处理数据20TB|Built the user-behaviour data warehouse processing 20 TB a day",
							"训练推荐模型，点击率提升15%|Trained recommendation models that lifted click-through by 15%",
							"制作经营分析报表，支持管理层决策|Produced business dashboards for management decisions",
							"设计实时数据管道，延迟控制在秒级|Designed real-time data pipelines with second-level latency")),
			new Family("mine-safety", terms("安全工程师|Safety Engineer", "注册安全工程师|Registered Safety Engineer",
					"安全员|Safety Officer", "副矿长|Deputy Mine Manager"),
					terms("安全生产管理|Safety Management", "隐患排查|Hazard Inspection", "瓦斯检测|Gas Detection",
							"通风管理|Mine Ventilation", "应急救援|Emergency Rescue", "CAD|AutoCAD", "Excel|Excel"),
					terms("注册安全工程师|Registered Safety Engineer Certificate",
							"煤矿安全生产管理人员安全资格证|Coal Mine Safety Manager Certificate",
							"特种作业操作证|Special Operations Certificate", "瓦斯检查工操作证|Gas Inspector Certificate"),
					terms("安全工程|Safety Engineering", "采矿工程|Mining Engineering", "地质工程|Geological Engineering"),
					terms("负责矿井通风系统管理和瓦斯防治工作|Managed the mine ventilation system and gas control",
							"组织开展隐患排查治理，全年零重大事故|Ran hazard inspections with no major accident all year",
							"编制应急救援预案并组织演练|Wrote emergency rescue plans and ran the drills",
							"开展全员安全培训，持证上岗率100%|Trained all staff in safety, every worker certified")),
			new Family("mining-operations", terms("采煤机司机|Shearer Operator", "采矿工程师|Mining Engineer",
					"机电工程师|Electromechanical Engineer", "电工|Electrician", "班长|Shift Leader"),
					terms("采煤机操作|Shearer Operation", "综采设备维护|Longwall Equipment Maintenance",
							"电气设备维修|Electrical Maintenance", "液压系统维修|Hydraulic Maintenance", "PLC|PLC",
							"焊接|Welding", "设备点检|Equipment Inspection"),
					terms("采煤机司机操作证|Shearer Operator Licence", "电工证|Electrician Licence", "焊工证|Welder Licence",
							"特种作业操作证|Special Operations Certificate"),
					terms("采矿工程|Mining Engineering", "电气工程及其自动化|Electrical Engineering",
							"机械设计制造及其自动化|Mechanical Engineering", "自动化|Automation"),
					terms("操作采煤机完成综采工作面割煤任务|Operated the shearer on the longwall face",
							"负责井下机电设备日常点检与维修|Inspected and repaired underground electrical equipment",
							"参与综采工作面设备安装与调试|Installed and commissioned longwall equipment",
							"带班组织生产，月产量超计划10%|Led a shift that beat the monthly output plan by 10%")),
			new Family("finance", terms("会计|Accountant", "财务经理|Finance Manager", "审计师|Auditor",
					"高级会计师|Senior Accountant", "出纳|Cashier"),
					terms("财务分析|Financial Analysis", "税务筹划|Tax Planning", "SAP|SAP", "ERP|ERP", "Excel|Excel"),
					terms("注册会计师|CPA", "特许公认会计师|ACCA", "注册税务师|Certified Tax Agent",
							"初级会计师|Junior Accountant Certificate", "注册内部审计师|CIA"),
					terms("会计学|Accounting", "财务管理|Financial Management", "审计学|Auditing", "金融学|Finance"),
					terms("负责月度结账和合并财务报表编制|Closed the books monthly and prepared consolidated statements",
							"完成年度审计和税务申报|Handled the annual audit and tax filings",
							"建立预算管理体系，费用下降8%|Introduced budgeting that cut costs by 8%",
							"管理应收应付和资金计划|Managed receivables, payables and cash planning")),
			new Family("hr", terms("人力资源专员|HR Specialist", "招聘专员|Recruiter", "人事经理|HR Manager",
					"人力资源总监|HR Director"),
					terms("招聘|Recruiting", "绩效管理|Performance Management", "薪酬管理|Compensation Management",
							"员工关系|Employee Relations", "团队管理|Team Management", "Excel|Excel"),
					terms("人力资源管理师|HR Management Professional", "SHRM Certified Professional|SHRM-CP"),
					terms("人力资源管理|Human Resource Management", "工商管理|Business Administration",
							"心理学|Psychology"),
					terms("负责校园招聘和社会招聘，年招聘200人|Ran campus and experienced hiring, 200 hires a year",
							"设计绩效考核方案并推动落地|Designed and rolled out the performance review process",
							"办理入职离职和劳动合同管理|Handled onboarding, exits and employment contracts",
							"组织新员工培训和企业文化活动|Organised induction training and company events")),
			new Family("sales", terms("销售经理|Sales Manager", "客户经理|Account Manager", "销售代表|Sales Representative",
					"销售总监|Sales Director"),
					terms("客户开发|Business Development", "商务谈判|Negotiation", "团队管理|Team Management",
							"项目管理|Project Management", "PowerPoint|PowerPoint", "Excel|Excel"),
					terms("项目管理专业人士|PMP", "驾驶证|Driving Licence"),
					terms("市场营销|Marketing", "工商管理|Business Administration", "电子商务|E-commerce"),
					terms("负责华东区域大客户开发，年销售额3000万|Grew key accounts in East China to 30 million a year",
							"带领8人销售团队完成年度目标120%|Led a sales team of 8 to 120% of target",
							"维护渠道合作伙伴关系，拓展新市场|Managed channel partners and opened new markets",
							"参与招投标和合同谈判|Took part in tenders and contract negotiations")),
			new Family("construction", terms("项目经理|Project Manager", "工程师|Engineer", "质量工程师|Quality Engineer",
					"总工程师|Chief Engineer"),
					terms("项目管理|Project Management", "CAD|AutoCAD", "质量管理|Quality Management",
							"精益生产|Lean Manufacturing", "六西格玛|Six Sigma", "SolidWorks|SolidWorks"),
					terms("注册建造师|Registered Constructor", "注册造价工程师|Cost Engineer",
							"注册监理工程师|Supervision Engineer", "Six Sigma Green Belt|Six Sigma Green Belt"),
					terms("土木工程|Civil Engineering", "工程管理|Engineering Management",
							"机械设计制造及其自动化|Mechanical Engineering"),
					terms("负责厂房建设项目的进度、质量和成本管理|Managed schedule, quality and cost of a plant build",
							"编制施工组织设计和技术方案|Wrote construction plans and method statements",
							"推行精益生产，不良率下降30%|Introduced lean production, cutting defects by 30%",
							"组织竣工验收和质量检查|Ran completion acceptance and quality inspections")));

	private static final List<Term> SCHOOLS = terms("清华大学|Tsinghua University", "北京大学|Peking University",
			"中国矿业大学|China University of Mining and Technology", "北京科技大学|University of Science and Technology Beijing",
			"浙江大学|Zhejiang University", "复旦大学|Fudan University", "上海交通大学|Shanghai Jiao Tong University",
			"武汉大学|Wuhan University", "中南大学|Central South University", "太原理工大学|Taiyuan University of Technology",
			"西安科技大学|Xi'an University of Science and Technology", "山东科技大学|Shandong University of Science and Technology",
			"华中科技大学|Huazhong University of Science and Technology", "中山大学|Sun Yat-sen University",
			"南京大学|Nanjing University", "University of Michigan|University of Michigan",
			"Stanford University|Stanford University", "National University of Singapore|National University of Singapore");

	private static final List<Term> EMPLOYERS = terms("山西焦煤集团有限责任公司|Shanxi Coking Coal Group",
			"陕西煤业化工集团有限责任公司|Shaanxi Coal and Chemical Industry Group", "国家能源投资集团|China Energy Investment",
			"阿里巴巴集团|Alibaba Group", "腾讯科技有限公司|Tencent", "华为技术有限公司|Huawei Technologies",
			"中国建筑集团有限公司|China State Construction", "中国平安保险集团|Ping An Insurance",
			"京东集团|JD.com", "美团|Meituan", "德勤华永会计师事务所|Deloitte China", "宝钢股份|Baosteel",
			"比亚迪股份有限公司|BYD Company", "招商银行|China Merchants Bank", "Acme Technologies Inc.|Acme Technologies Inc.",
			"Globex Corporation|Globex Corporation");

	private static final List<Term> DEGREES = terms("本科|B.S.", "硕士研究生|M.S.", "大专|Associate Degree",
			"博士研究生|Ph.D.");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
			"徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");

	private static final List<String> GIVEN_NAMES = List.of("伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "杰", "涛",
			"明远", "建国", "子涵", "晓东", "海燕", "志强", "雪梅", "俊杰", "文博", "思远");

	private static final List<String> FIRST_NAMES = List.of("James", "Mary", "John", "Linda", "David", "Susan",
			"Michael", "Karen", "Daniel", "Emily", "Wei", "Li", "Chen", "Anna", "Peter", "Grace");

	private static final List<String> LAST_NAMES = List.of("Carter", "Smith", "Johnson", "Brown", "Miller", "Davis",
			"Wang", "Zhang", "Liu", "Chen", "Wilson", "Moore", "Taylor", "Thomas", "Lee", "Walker");

	private static final Map<String, Family> FAMILY_BY_TITLE = FAMILIES.stream()
		.flatMap(family -> family.titles().stream().flatMap(t -> Stream.of(t.zh(), t.en())).map(t -> Map.entry(t, family)))
		.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));

	private static final String ZH_OBJECTIVE = "求职意向：";

	private static final String EN_OBJECTIVE = "Objective: ";

	private ResumeTexts() {
	}

	/** The resume of person {@code seed}: its family, language and every detail follow from the seed. */
	public static String resume(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		return resume(random, FAMILIES.get(random.nextInt(FAMILIES.size())), random.nextBoolean());
	}

	/** A resume of {@code family} in the given language. */
	public static String resume(long seed, Family family, boolean chinese) {
		return resume(new SplittableRandom(seed), family, chinese);
	}

	/** The family a text of this class was written for, read from its objective line; null for other texts. */
	public static Family familyOf(String text) {
		for (String marker : List.of(ZH_OBJECTIVE, EN_OBJECTIVE)) {
			int start = text.indexOf(marker);
			if (start >= 0) {
				int end = text.indexOf('\n', start);
				return FAMILY_BY_TITLE.get(text.substring(start + marker.length(), end < 0 ? text.length() : end).strip());
			}
		}
		return null;
	}

	/** A requisition's job description for {@code family}: title, duties and what is asked for. */
	public static String jobDescription(long seed, Family family, boolean chinese) {
		SplittableRandom random = new SplittableRandom(seed);
		String title = pick(random, family.titles()).in(chinese);
		List<String> duties = some(random, family.duties(), 2, chinese);
		List<String> skills = some(random, family.skills(), 3, chinese);
		if (chinese) {
			return "招聘" + title + "。岗位职责：" + String.join("；", duties) + "。任职要求：" + pick(random, family.majors()).zh()
					+ "等相关专业，熟悉" + String.join("、", skills) + "，三年以上相关工作经验。";
		}
		return "We are hiring a " + title + ". You will: " + String.join("; ", duties) + ". You have a degree in "
				+ pick(random, family.majors()).en() + ", experience with " + String.join(", ", skills)
				+ " and at least three years in a similar role.";
	}

	/** Skills of {@code family} for a requisition's must-haves. */
	public static List<String> skills(long seed, Family family, int count, boolean chinese) {
		return some(new SplittableRandom(seed), family.skills(), count, chinese);
	}

	private static String resume(SplittableRandom random, Family family, boolean chinese) {
		String title = pick(random, family.titles()).in(chinese);
		int graduation = 2000 + random.nextInt(22);
		String school = pick(random, SCHOOLS).in(chinese);
		String major = pick(random, family.majors()).in(chinese);
		String degree = pick(random, DEGREES).in(chinese);
		List<String> lines = new ArrayList<>();
		if (chinese) {
			lines.add("个人简历");
			lines.add("姓名：" + pick(random, SURNAMES) + pick(random, GIVEN_NAMES));
			lines.add("手机：1" + (30 + random.nextInt(60)) + String.format("%08d", random.nextInt(100_000_000))
					+ "    邮箱：candidate" + random.nextInt(1_000_000) + "@example.com");
			lines.add(ZH_OBJECTIVE + title);
			lines.add("教育背景");
			lines.add((graduation - 4) + ".09-" + graduation + ".06  " + school + "  " + major + "  " + degree);
			lines.add("工作经历");
		}
		else {
			lines.add(pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES));
			lines.add("Phone: +86 1" + (30 + random.nextInt(60)) + String.format("%08d", random.nextInt(100_000_000))
					+ " | Email: candidate" + random.nextInt(1_000_000) + "@example.com");
			lines.add(EN_OBJECTIVE + title);
			lines.add("EXPERIENCE");
		}
		int start = graduation;
		int jobs = 1 + random.nextInt(3);
		for (int job = 0; job < jobs && start < 2026; job++) {
			int end = job == jobs - 1 ? 0 : Math.min(2026, start + 1 + random.nextInt(6));
			String employer = pick(random, EMPLOYERS).in(chinese);
			String role = pick(random, family.titles()).in(chinese);
			String period = start + "." + String.format("%02d", 1 + random.nextInt(12)) + "-"
					+ (end == 0 ? (chinese ? "至今" : "Present") : end + "." + String.format("%02d", 1 + random.nextInt(12)));
			lines.add(chinese ? period + "  " + employer + "  " + role : role + ", " + employer + "    " + period);
			for (String duty : some(random, family.duties(), 2, chinese)) {
				lines.add((chinese ? "· " : "- ") + duty);
			}
			start = end == 0 ? 2026 : end;
		}
		if (!chinese) {
			lines.add("EDUCATION");
			lines.add(school + "    " + degree + " in " + major + "    " + (graduation - 4) + " - " + graduation);
		}
		lines.add(chinese ? "专业技能" : "SKILLS");
		lines.add(String.join(chinese ? "、" : ", ", some(random, family.skills(), 3 + random.nextInt(4), chinese)));
		lines.add(chinese ? "证书" : "CERTIFICATIONS");
		lines.add(String.join(chinese ? "、" : ", ", some(random, family.certificates(), 1 + random.nextInt(2), chinese)));
		if (random.nextInt(3) == 0) {
			Family other = FAMILIES.get(random.nextInt(FAMILIES.size()));
			lines.add(chinese ? "其他技能：" + pick(random, other.skills()).zh() : "Also: " + pick(random, other.skills()).en());
		}
		lines.add(chinese ? "语言能力" : "LANGUAGES");
		lines.add(chinese ? "英语六级（CET-6），普通话二级甲等" : "English (fluent), Mandarin (" + (random.nextBoolean() ? "native)" : "basic)"));
		return String.join("\n", lines) + "\n";
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static List<String> some(SplittableRandom random, List<Term> terms, int count, boolean chinese) {
		List<Term> pool = new ArrayList<>(terms);
		List<String> chosen = new ArrayList<>();
		while (chosen.size() < count && !pool.isEmpty()) {
			chosen.add(pool.remove(random.nextInt(pool.size())).in(chinese));
		}
		return chosen;
	}

	private static List<Term> terms(String... pairs) {
		return Stream.of(pairs).map(pair -> pair.split("\\|", 2)).map(parts -> new Term(parts[0], parts[1])).toList();
	}
}
