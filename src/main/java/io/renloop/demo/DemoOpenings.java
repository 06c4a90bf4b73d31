package io.renloop.demo;

import static io.renloop.demo.DemoBackgrounds.*;
import static io.renloop.demo.DemoOutcome.*;
import static io.renloop.recruitment.Channel.*;

import io.renloop.demo.DemoOpening.Applicant;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.CompetencyModel.Dimension;
import io.renloop.recruitment.CompetencyModel.MustHaves;
import io.renloop.recruitment.CompetencyModel.NiceToHave;
import io.renloop.recruitment.CompetencyModel.NiceToHaveKind;
import io.renloop.recruitment.EducationLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The openings of the demo tenants, with competency models and a mix of strong and weak applicants over every
 * channel and stage: 安全工程师, 采煤机司机, 销售经理 and Java 开发工程师 at 示例能源集团 (16 applicants each, 10
 * of them in a requisition filled during the past year), a software engineer at Acme (5 applicants).
 */
final class DemoOpenings {

	/** What each channel charges per application, in yuan; the careers page costs nothing. */
	static final Map<Channel, BigDecimal> COST_PER_APPLICATION = Map.of(LIEPIN, new BigDecimal("680.00"), BOSS,
			new BigDecimal("120.00"), QIANCHENG, new BigDecimal("260.00"), REFERRAL, new BigDecimal("1500.00"), CAMPUS,
			new BigDecimal("350.00"));

	private DemoOpenings() {
	}

	static List<DemoOpening> energyGroup() {
		return List.of(
				new DemoOpening("SAFETY-ENG", "SAFETY", "安全工程师（矿井安全监察）",
						model(List.of(dimension("安全意识", "0.40"), dimension("技能熟练度", "0.35"), dimension("职业素养", "0.25")),
								new MustHaves(3, EducationLevel.BACHELOR, List.of("注册安全工程师"), List.of("隐患排查")),
								List.of(skill("AutoCAD", "0.2"), certificate("安全评价师", "0.3"), skill("应急管理", "0.2")),
								"负责矿井安全生产监督检查、隐患排查治理与双重预防机制建设，组织应急演练与安全培训，参与事故调查分析。"
										+ "要求安全工程或采矿工程相关专业本科及以上学历，3 年以上煤矿安全管理经验，持有注册安全工程师证书。",
								"Oversees mine safety inspections, hazard identification and remediation, emergency drills and "
										+ "safety training. Requires a bachelor's degree in safety or mining engineering, 3+ years "
										+ "of coal-mine safety management and the Registered Safety Engineer certificate."),
						1, zhReasons("缺少注册安全工程师证书或隐患排查经验"),
						past(SAFETY_STRONG, SAFETY_STRONG, SAFETY_PARTIAL, SAFETY_WEAK, SALES_PARTIAL, LIEPIN),
						current(SAFETY_STRONG, SAFETY_PARTIAL, SAFETY_WEAK, SALES_STRONG, REFERRAL)),
				new DemoOpening("SHEARER", "COAL-1", "采煤机司机（井下采煤一队）",
						model(List.of(dimension("安全意识", "0.40"), dimension("技能熟练度", "0.45"), dimension("职业素养", "0.15")),
								new MustHaves(2, EducationLevel.SECONDARY_VOCATIONAL,
										List.of("采煤机司机操作证", "特种作业操作证"), List.of("采煤机操作")),
								List.of(skill("机电维修", "0.3"), skill("综采", "0.3"), skill("故障排除", "0.2")),
								"操作与维护综采工作面电牵引采煤机，执行作业规程与安全技术措施，负责采煤机点检与常见故障处理。"
										+ "要求中专及以上学历，2 年以上采煤机操作经验，持采煤机司机操作证（特种作业操作证）。",
								"Operates and maintains the shearer on the longwall face following the working rules, "
										+ "with daily checks and troubleshooting. Requires 2+ years on a shearer and the "
										+ "special-operations licence for shearer drivers."),
						1, zhReasons("无采煤机司机操作证或采煤机操作经验不足"),
						past(SHEARER_STRONG, SHEARER_STRONG, SHEARER_PARTIAL, SHEARER_WEAK, SALES_WEAK, BOSS),
						current(SHEARER_STRONG, SHEARER_PARTIAL, SHEARER_WEAK, JAVA_WEAK, QIANCHENG)),
				new DemoOpening("SALES-MGR", "SALES", "销售经理（动力煤）",
						model(List.of(dimension("客户导向", "0.35"), dimension("沟通表达", "0.30"), dimension("结果导向", "0.35")),
								new MustHaves(5, EducationLevel.BACHELOR, List.of(), List.of("大客户销售")),
								List.of(skill("煤炭贸易", "0.4"), skill("CRM", "0.2"), skill("商务谈判", "0.3")),
								"负责电厂、钢厂等大客户的动力煤销售与长协合同谈判，完成销售与回款目标，带领销售团队开拓市场。"
										+ "要求市场营销等相关专业本科及以上学历，5 年以上大客户销售经验，有煤炭贸易经验者优先。",
								"Sells thermal coal to power plants and steel mills, negotiates long-term contracts and leads "
										+ "the sales team to its targets. Requires a bachelor's degree and 5+ years of key "
										+ "account sales; coal trading experience preferred."),
						2, zhReasons("大客户销售年限不足"),
						past(SALES_STRONG, SALES_EN, SALES_PARTIAL, SALES_WEAK, SHEARER_PARTIAL, REFERRAL),
						current(SALES_STRONG, SALES_PARTIAL, SALES_WEAK, ACCOUNTANT, LIEPIN)),
				new DemoOpening("JAVA-DEV", "ENG", "Java 开发工程师（矿山信息化）",
						model(List.of(dimension("技术能力", "0.50"), dimension("问题解决", "0.30"), dimension("团队协作", "0.20")),
								new MustHaves(3, EducationLevel.BACHELOR, List.of(), List.of("Java", "Spring Boot")),
								List.of(skill("PostgreSQL", "0.3"), skill("Kubernetes", "0.2"), skill("Kafka", "0.2")),
								"负责矿山安全监控、生产调度等信息系统的后端设计与开发，基于 Java、Spring Boot 与 PostgreSQL，"
										+ "参与微服务与容器化改造。要求计算机相关专业本科及以上学历，3 年以上 Java 开发经验。",
								"Designs and builds the back ends of the mine's safety monitoring and dispatch systems with "
										+ "Java, Spring Boot and PostgreSQL, moving them to microservices and containers. "
										+ "Requires a computer science degree and 3+ years of Java development."),
						2, zhReasons("Java 开发经验不足三年"),
						past(JAVA_STRONG, JAVA_STRONG_EN, JAVA_PARTIAL, JAVA_WEAK, ACCOUNTANT, CAMPUS),
						current(JAVA_STRONG_EN, JAVA_JUNIOR_EN, JAVA_WEAK, SALES_PARTIAL, CAREERS_PAGE)));
	}

	static DemoOpening acme() {
		return new DemoOpening("SWE", "ENGR", "Software Engineer (Platform)",
				model(List.of(dimension("Technical depth", "0.50"), dimension("Problem solving", "0.30"),
						dimension("Collaboration", "0.20")),
						new MustHaves(3, EducationLevel.BACHELOR, List.of(), List.of("Java")),
						List.of(skill("Kubernetes", "0.3"), skill("PostgreSQL", "0.3")), null,
						"Builds and runs the services of Acme's platform in Java and Spring Boot on Kubernetes. "
								+ "Requires a degree in computer science or equivalent and 3+ years of Java."),
				1, Map.of(Reason.DECLINED, "Accepted another offer", Reason.INTERVIEWS, "Interview panel: not enough depth",
						Reason.AI_INTERVIEW, "Did not pass the AI interview", Reason.POOLED, "Good profile, no vacancy now",
						Reason.MUST_HAVE, "Less than 3 years of Java", Reason.UNRELATED, "Background does not match the role"),
				List.of(),
				List.of(new Applicant(JAVA_STRONG_EN, REFERRAL, AT_OFFER), new Applicant(JAVA_STRONG_EN, CAREERS_PAGE, AT_INTERVIEWS),
						new Applicant(JAVA_JUNIOR_EN, CAMPUS, AT_SCREENED),
						new Applicant(JAVA_JUNIOR_EN, CAREERS_PAGE, MISSING_MUST_HAVE),
						new Applicant(SALES_EN, CAREERS_PAGE, NEW)));
	}

	/**
	 * Ten applicants of a past requisition in the order they arrived: three strong (two hired, one declined the
	 * offer), three partial fits, two weak and two from another field.
	 * @param secondHireChannel where the second hire came from, so that channels differ between openings
	 */
	private static List<Applicant> past(DemoBackground strong, DemoBackground strong2, DemoBackground partial,
			DemoBackground weak, DemoBackground unrelated, Channel secondHireChannel) {
		return List.of(new Applicant(strong, REFERRAL, HIRED_AFTER_AI_INTERVIEW), new Applicant(weak, BOSS, FAILED_SCREENING),
				new Applicant(partial, QIANCHENG, FAILED_INTERVIEWS), new Applicant(unrelated, CAREERS_PAGE, UNSUITABLE),
				new Applicant(partial, BOSS, POOLED), new Applicant(strong, LIEPIN, DECLINED_OFFER),
				new Applicant(weak, QIANCHENG, MISSING_MUST_HAVE), new Applicant(partial, CAMPUS, FAILED_AI_INTERVIEW),
				new Applicant(strong2, secondHireChannel, HIRED_DIRECTLY), new Applicant(unrelated, BOSS, UNSUITABLE));
	}

	/** Six applicants of an open requisition, from an offer down to two who applied today. */
	private static List<Applicant> current(DemoBackground strong, DemoBackground partial, DemoBackground weak,
			DemoBackground unrelated, Channel strongChannel) {
		return List.of(new Applicant(strong, strongChannel, AT_OFFER), new Applicant(partial, LIEPIN, AT_INTERVIEWS),
				new Applicant(partial, CAMPUS, AT_SCREENED), new Applicant(weak, BOSS, MISSING_MUST_HAVE),
				new Applicant(weak, QIANCHENG, NEW), new Applicant(unrelated, CAREERS_PAGE, NEW));
	}

	private static Map<Reason, String> zhReasons(String mustHave) {
		return Map.of(Reason.DECLINED, "候选人已接受其他公司录用", Reason.INTERVIEWS, "业务面试评估：专业深度不足",
				Reason.AI_INTERVIEW, "AI 面试评估未达标", Reason.POOLED, "条件良好，暂无名额，纳入人才库",
				Reason.MUST_HAVE, "不满足任职资格：" + mustHave, Reason.UNRELATED, "专业背景与岗位要求不符");
	}

	private static CompetencyModel model(List<Dimension> dimensions, MustHaves mustHaves, List<NiceToHave> niceToHaves,
			String descriptionZh, String descriptionEn) {
		return new CompetencyModel(dimensions, mustHaves, niceToHaves, descriptionZh, descriptionEn);
	}

	private static Dimension dimension(String name, String weight) {
		return new Dimension(name, new BigDecimal(weight));
	}

	private static NiceToHave skill(String name, String weight) {
		return new NiceToHave(NiceToHaveKind.SKILL, name, new BigDecimal(weight));
	}

	private static NiceToHave certificate(String name, String weight) {
		return new NiceToHave(NiceToHaveKind.CERTIFICATE, name, new BigDecimal(weight));
	}
}
