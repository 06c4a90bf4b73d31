package io.renloop.recruitment;

/**
 * Invented resumes that look like real ones: Chinese and English, laid out in sections, with protected
 * attributes that the parser must drop.
 */
public final class SampleResumes {

	/** Values that must never appear in any output of the Chinese resume. */
	public static final String[] ZH_PROTECTED = { "男", "汉族", "已婚", "中共党员", "1990年5月", "1990.05", "33岁" };

	/** Values that must never appear in any output of the English resume. */
	public static final String[] EN_PROTECTED = { "Male", "Married", "1988", "35 years", "Han Chinese", "Mr." };

	public static final String ZH = """
			个人简历
			姓名：李明远
			性别：男    民族：汉族
			出生年月：1990.05    年龄：33岁
			婚姻状况：已婚    政治面貌：中共党员
			手机：138-1234-5678    邮箱：liming.yuan@example.com
			教育背景
			2008.09-2012.06  中国矿业大学  采矿工程  本科
			2012.09-2015.06  北京科技大学  安全工程  硕士研究生
			工作经历
			2015年7月—2019年6月  山西焦煤集团有限责任公司  采矿工程师
			· 负责综采工作面生产技术管理，组织瓦斯检测与通风管理
			2019年7月—至今  陕西煤业化工集团有限责任公司  安全部经理
			· 负责安全生产管理和隐患排查，带领12人团队
			专业技能
			采煤机操作、瓦斯检测、安全生产管理、AutoCAD、Excel
			证书
			注册安全工程师、特种作业操作证
			语言能力
			英语六级（CET-6），普通话二级甲等
			""";

	public static final String EN = """
			JOHN A. CARTER
			Gender: Male | Date of Birth: March 3, 1988 | Marital Status: Married
			35 years old, Han Chinese
			Phone: +1 415-555-0134 | Email: john.carter@example.com

			EXPERIENCE
			Senior Software Engineer, Acme Technologies Inc.    Sep 2018 – Present
			- Built Spring Boot microservices on Kubernetes and PostgreSQL
			Software Engineer, Globex Corporation    Jul 2012 – Aug 2018
			- Java and Kafka data pipelines

			EDUCATION
			Stanford University    M.S. in Computer Science    Sep 2010 – Jun 2012
			University of Michigan    B.S. in Electrical Engineering    Sep 2006 – Jun 2010

			SKILLS
			Java, Spring Boot, Kubernetes, PostgreSQL, Kafka, Docker

			CERTIFICATIONS
			AWS Certified Solutions Architect, PMP

			LANGUAGES
			English (native), Mandarin (fluent)
			""";

	private SampleResumes() {
	}
}
