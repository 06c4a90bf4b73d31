package io.renloop.recruitment.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented candidates for the parsing evaluation set, in Chinese or English: a name, contact details, one or two
 * schools, one to three positions, listed skills and certificates. Pools mix employers with and without a legal
 * form (字节跳动, Stripe), titles and skills inside and outside the parser's lexicons, and certificates whose names
 * hold colons and dashes. The same seed always gives the same person.
 */
final class EvaluationPeople {

	/** A month of a year. */
	record Ym(int year, int month) {
	}

	/**
	 * A school attended.
	 * @param degreeWritten the degree as the resume writes it ("本科（工学学士）")
	 * @param degree the degree a reader takes from it ("本科")
	 */
	record School(String name, String major, String degreeWritten, String degree, Ym start, Ym end) {
	}

	/** A position; {@code end} is null while it lasts. */
	record Job(String organization, String title, Ym start, Ym end, List<String> duties) {
	}

	/** A candidate. */
	record Person(boolean chinese, String name, String phone, String email, List<School> schools, List<Job> jobs,
			List<String> skills, List<String> certificates) {
	}

	/** An occupation's vocabulary. */
	private record Field(List<String> titles, List<String> majors, List<String> skills, List<String> certificates,
			List<String> duties) {
	}

	private static final List<Field> ZH_FIELDS = List.of(
			new Field(List.of("后端开发工程师", "高级Java开发工程师", "软件工程师", "技术经理", "测试工程师", "运维工程师", "前端开发"),
					List.of("计算机科学与技术", "软件工程", "信息管理与信息系统", "通信工程"),
					List.of("Java", "Spring Boot", "MySQL", "Redis", "Kafka", "Docker", "Linux", "Vue", "Elasticsearch", "Nginx",
							"Jenkins", "Go"),
					List.of("软件设计师", "系统架构设计师", "PMP", "Oracle Certified Professional: Java SE 11 Developer",
							"AWS Certified Solutions Architect – Associate"),
					List.of("负责订单中心微服务的设计与开发", "优化慢查询，核心接口响应时间降低60%", "搭建CI/CD流水线，实现每日多次发布",
							"参与支付系统重构，支撑日均百万笔交易", "编写技术文档并指导两名初级工程师")),
			new Field(List.of("安全工程师", "安全部经理", "采矿工程师", "通风技术员", "安全员", "机电队长"),
					List.of("安全工程", "采矿工程", "矿井通风与安全", "电气工程及其自动化"),
					List.of("安全生产管理", "隐患排查", "瓦斯检测", "通风管理", "AutoCAD", "应急救援", "Excel"),
					List.of("注册安全工程师", "特种作业操作证", "煤矿安全生产管理人员安全资格证", "瓦斯检查工操作证"),
					List.of("负责矿井通风系统管理和瓦斯防治", "组织隐患排查治理，全年零重大事故", "编制应急救援预案并组织演练",
							"开展全员安全培训，持证上岗率100%")),
			new Field(List.of("会计", "财务经理", "审计员", "成本会计", "财务分析师", "出纳"),
					List.of("会计学", "财务管理", "审计学", "金融学"),
					List.of("用友U8", "金蝶", "SAP", "Excel", "财务分析", "税务筹划", "财务报表分析"),
					List.of("中级会计师", "注册会计师（CPA）", "初级会计师", "ACCA", "证券从业资格"),
					List.of("负责月度结账和合并报表编制", "完成年度审计和税务申报", "建立预算管理体系，费用下降8%", "管理应收应付和资金计划")),
			new Field(List.of("人力资源专员", "招聘主管", "HRBP", "人事经理", "培训专员", "薪酬绩效专员"),
					List.of("人力资源管理", "工商管理", "心理学", "行政管理"),
					List.of("招聘", "绩效管理", "薪酬管理", "员工关系", "劳动法", "北森", "Excel"),
					List.of("人力资源管理师（二级）", "企业人力资源管理师", "心理咨询师", "SHRM-CP"),
					List.of("负责校园招聘和社会招聘，年招聘200人", "设计绩效考核方案并推动落地", "办理入离职和劳动合同管理",
							"组织新员工培训和企业文化活动")),
			new Field(List.of("产品经理", "数据分析师", "运营专员", "市场专员", "大客户经理", "销售代表", "UI设计师"),
					List.of("市场营销", "统计学", "电子商务", "数据科学与大数据技术", "视觉传达设计"),
					List.of("Axure", "SQL", "Python", "Tableau", "数据分析", "Photoshop", "Figma", "SPSS"),
					List.of("PMP", "英语六级", "NPDP产品经理国际资格认证", "Google Analytics Individual Qualification"),
					List.of("负责会员体系产品规划，月活提升25%", "搭建经营分析看板，支持管理层决策", "策划双十一大促活动，GMV同比增长40%",
							"维护华东区域重点客户，年销售额3000万")));

	private static final List<Field> EN_FIELDS = List.of(
			new Field(List.of("Senior Software Engineer", "Software Engineer", "Staff Engineer", "Backend Developer",
					"DevOps Engineer", "Engineering Manager", "QA Engineer"),
					List.of("Computer Science", "Software Engineering", "Computer Engineering", "Information Systems"),
					List.of("Java", "Go", "Python", "Kubernetes", "Terraform", "AWS", "PostgreSQL", "Kafka", "React", "TypeScript",
							"GraphQL", "gRPC"),
					List.of("Oracle Certified Professional: Java SE 17 Developer", "AWS Certified Solutions Architect – Associate",
							"Certified Kubernetes Administrator (CKA)", "HashiCorp Certified: Terraform Associate"),
					List.of("Built payment APIs in Go serving 20k requests per second", "Cut cloud spend by 30% with autoscaling",
							"Led the migration from a monolith to services on Kubernetes",
							"Mentored four engineers and ran the on-call rotation")),
			new Field(List.of("Data Analyst", "Data Scientist", "Business Analyst", "Analytics Engineer",
					"Senior Data Analyst"),
					List.of("Statistics", "Economics", "Data Science", "Mathematics"),
					List.of("SQL", "Python", "R", "Tableau", "Power BI", "dbt", "Snowflake", "Airflow", "Excel", "Looker"),
					List.of("Google Data Analytics Professional Certificate", "Tableau Desktop Specialist",
							"Microsoft Certified: Power BI Data Analyst Associate"),
					List.of("Built churn models that cut attrition by 12%", "Owned the weekly revenue dashboard for leadership",
							"Designed A/B tests for the onboarding funnel", "Automated reporting pipelines in dbt and Airflow")),
			new Field(List.of("Registered Nurse", "Charge Nurse", "Nurse Practitioner", "Clinical Nurse Specialist"),
					List.of("Nursing", "Health Sciences", "Biology"),
					List.of("Patient Assessment", "Epic EHR", "IV Therapy", "Wound Care", "Triage", "Medication Administration"),
					List.of("BLS Certification", "ACLS", "Registered Nurse License: California",
							"CCRN"),
					List.of("Cared for up to six patients per shift on a cardiac step-down unit",
							"Precepted new graduate nurses", "Led the unit's falls-prevention initiative",
							"Coordinated discharge planning with case managers")),
			new Field(List.of("Financial Analyst", "Senior Accountant", "Controller", "Accounting Manager",
					"FP&A Manager"),
					List.of("Finance", "Accounting", "Economics", "Business Administration"),
					List.of("Financial Modeling", "Excel", "SAP", "NetSuite", "QuickBooks", "GAAP", "Forecasting", "Power BI"),
					List.of("CPA", "CFA Level II", "Certified Management Accountant (CMA)", "Six Sigma Green Belt"),
					List.of("Closed the books monthly in five days", "Built the three-statement model for the budget",
							"Ran the annual audit with the external auditors", "Cut vendor costs by 8% through renegotiation")),
			new Field(List.of("HR Generalist", "Technical Recruiter", "HR Business Partner", "Talent Acquisition Manager",
					"Marketing Coordinator", "Product Manager", "Account Executive"),
					List.of("Human Resource Management", "Psychology", "Marketing", "Communications", "Business Administration"),
					List.of("Recruiting", "Workday", "Greenhouse", "Onboarding", "Employee Relations", "Salesforce", "HubSpot",
							"Jira", "Figma"),
					List.of("SHRM-CP", "PHR", "Certified ScrumMaster (CSM)", "PMP", "HubSpot Inbound Marketing Certification"),
					List.of("Hired 80 engineers in one year across three offices", "Rolled out a new performance review process",
							"Launched the self-serve onboarding flow, raising activation 18%",
							"Managed a pipeline of 40 mid-market accounts")));

	private static final List<String> ZH_SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙",
			"马", "胡", "郭", "林", "何", "高", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭", "欧阳");

	private static final List<String> ZH_GIVEN = List.of("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明远",
			"晓东", "海燕", "志强", "雪梅", "建华", "思远", "嘉怡", "子涵", "宇航", "欣然", "浩然", "丽娟", "文博", "一鸣", "春生");

	private static final List<String> ZH_SCHOOLS = List.of("中国矿业大学", "北京科技大学", "浙江大学", "华中科技大学", "西安电子科技大学",
			"南京理工大学", "太原理工大学", "山东科技大学", "深圳大学", "上海财经大学", "中南财经政法大学", "哈尔滨工业大学", "重庆邮电大学",
			"河北工程大学", "湖南师范大学", "广东外语外贸大学", "江西财经大学", "安徽理工大学", "郑州大学", "西南交通大学");

	private static final List<String> ZH_COLLEGES = List.of("郑州铁路职业技术学院", "深圳职业技术学院", "山西煤炭职业技术学院");

	private static final List<String> ZH_EMPLOYERS = List.of("山西焦煤集团有限责任公司", "陕西煤业化工集团有限责任公司", "字节跳动",
			"美团", "华为技术有限公司", "腾讯科技（深圳）有限公司", "中国平安保险（集团）股份有限公司", "京东", "招商银行深圳分行",
			"中建三局", "比亚迪股份有限公司", "小米科技有限责任公司", "网易", "顺丰速运有限公司", "宁德时代新能源科技股份有限公司",
			"安永华明会计师事务所", "国家能源集团", "蔚来汽车", "北京三快在线科技有限公司", "杭州海康威视数字技术股份有限公司");

	private static final List<String> EN_FIRST = List.of("John", "Emily", "Michael", "Sarah", "David", "Priya", "Carlos", "Mei",
			"Olivia", "James", "Aisha", "Daniel", "Sofia", "Kevin", "Hannah", "Marcus", "Elena", "Ryan", "Grace", "Tomás");

	private static final List<String> EN_LAST = List.of("Carter", "Nguyen", "Patel", "Johnson", "Garcia", "O'Brien", "Kim",
			"Schmidt", "Rossi", "Williams", "Chen", "Okafor", "Murphy", "Lopez", "Anderson", "Haddad", "Novak", "Brooks");

	private static final List<String> EN_SCHOOLS = List.of("Stanford University", "University of Michigan",
			"Georgia Institute of Technology", "University of Texas at Austin", "New York University", "Boston University",
			"University of Washington", "Carnegie Mellon University", "Purdue University", "Arizona State University",
			"University of Toronto", "McGill University", "Imperial College London", "University of Manchester",
			"Rutgers University", "Ohio State University", "Oregon State University", "University of California, Davis");

	private static final List<String> EN_EMPLOYERS = List.of("Stripe", "Acme Technologies Inc.", "Globex Corporation", "Google",
			"Microsoft", "Shopify", "Deloitte", "JPMorgan Chase & Co.", "Kaiser Permanente", "Target", "Salesforce", "Airbnb",
			"Mayo Clinic", "Initech LLC", "Umbrella Health Group", "Northwind Traders", "Contoso Ltd.", "Accenture", "Datadog",
			"Twilio", "Boeing", "Cedars-Sinai Medical Center", "Wells Fargo", "HubSpot");

	private EvaluationPeople() {
	}

	static Person person(boolean chinese, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Field field = pick(random, chinese ? ZH_FIELDS : EN_FIELDS);
		String name = chinese ? pick(random, ZH_SURNAMES) + pick(random, ZH_GIVEN)
				: pick(random, EN_FIRST) + " " + pick(random, EN_LAST);
		String phone = chinese ? "1" + (3 + random.nextInt(7)) + digits(random, 9)
				: "+1 " + (200 + random.nextInt(700)) + "-555-" + digits(random, 4);
		String email = (chinese ? "cand" + digits(random, 4) : name.toLowerCase().replaceAll("[^a-z]", "."))
				+ "@" + pick(random, List.of("example.com", "example.org", "mail.example.net"));
		List<School> schools = schools(random, chinese, field);
		List<Job> jobs = jobs(random, field, chinese, schools.get(schools.size() - 1).end());
		List<String> skills = sample(random, field.skills(), 4 + random.nextInt(4));
		List<String> certificates = sample(random, field.certificates(), 1 + random.nextInt(3));
		return new Person(chinese, name, phone, email, schools, jobs, skills, certificates);
	}

	private static List<School> schools(SplittableRandom random, boolean chinese, Field field) {
		int start = 2004 + random.nextInt(13);
		String major = pick(random, field.majors());
		List<School> schools = new ArrayList<>();
		if (chinese && random.nextInt(6) == 0) {
			schools.add(new School(pick(random, ZH_COLLEGES), major, "大专", "大专", new Ym(start, 9), new Ym(start + 3, 6)));
			return schools;
		}
		String bachelor = chinese ? pick(random, List.of("本科", "本科", "本科（工学学士）", "本科（管理学学士）", "统招本科"))
				: pick(random, List.of("B.S.", "Bachelor of Science", "BA", "B.A.", "Bachelor of Arts", "BSc"));
		String bachelorGold = chinese ? "本科" : bachelor;
		schools.add(new School(pick(random, chinese ? ZH_SCHOOLS : EN_SCHOOLS), major, bachelor, bachelorGold,
				new Ym(start, chinese ? 9 : 8), new Ym(start + 4, chinese ? 6 + random.nextInt(2) : 5)));
		if (random.nextInt(5) < 2) {
			String master = chinese ? pick(random, List.of("硕士研究生", "硕士", "研究生")) : pick(random, List.of("M.S.", "MBA",
					"Master of Science", "MSc"));
			schools.add(0, new School(pick(random, chinese ? ZH_SCHOOLS : EN_SCHOOLS), pick(random, field.majors()), master,
					master, new Ym(start + 4, 9), new Ym(start + (chinese ? 7 : 6), 6)));
		}
		return schools;
	}

	/** Positions from the last graduation on, most recent first; the most recent may last until now. */
	private static List<Job> jobs(SplittableRandom random, Field field, boolean chinese, Ym graduated) {
		int count = 1 + random.nextInt(3);
		List<Job> jobs = new ArrayList<>();
		Ym start = new Ym(graduated.year(), 7 + random.nextInt(2));
		for (int i = 0; i < count && start.year() <= 2025; i++) {
			int months = 14 + random.nextInt(40);
			int endIndex = start.year() * 12 + start.month() - 1 + months;
			Ym end = new Ym(endIndex / 12, endIndex % 12 + 1);
			boolean last = i == count - 1;
			if (end.year() > 2026 || last && random.nextInt(5) < 3) {
				end = null;
			}
			jobs.add(0, new Job(pick(random, chinese ? ZH_EMPLOYERS : EN_EMPLOYERS), pick(random, field.titles()), start, end,
					sample(random, field.duties(), 2)));
			if (end == null) {
				break;
			}
			int next = end.year() * 12 + end.month();
			start = new Ym(next / 12, next % 12 + 1);
		}
		return jobs;
	}

	static <T> T pick(SplittableRandom random, List<T> pool) {
		return pool.get(random.nextInt(pool.size()));
	}

	private static List<String> sample(SplittableRandom random, List<String> pool, int count) {
		List<String> left = new ArrayList<>(pool);
		List<String> taken = new ArrayList<>();
		while (taken.size() < Math.min(count, pool.size())) {
			taken.add(left.remove(random.nextInt(left.size())));
		}
		return taken;
	}

	private static String digits(SplittableRandom random, int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}
}
