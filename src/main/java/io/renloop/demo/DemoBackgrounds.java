package io.renloop.demo;

import static io.renloop.demo.DemoBackground.chinese;
import static io.renloop.demo.DemoBackground.english;

import java.util.List;

/**
 * The careers demo applicants come from: strong, partial and weak fits for each demo opening, and careers
 * that fit none of them. Schools, employers and certificates are real names of the industry; the people are
 * not. Nothing here mentions gender, age, ethnicity, marital status or politics.
 */
final class DemoBackgrounds {

	private static final List<String> MINING_SCHOOLS = List.of("中国矿业大学", "太原理工大学", "河南理工大学",
			"安徽理工大学", "山东科技大学", "西安科技大学", "辽宁工程技术大学", "华北科技学院");

	private static final List<String> VOCATIONAL_SCHOOLS = List.of("山西煤炭职业技术学院", "平顶山工业职业技术学院",
			"河北能源职业技术学院", "山西工程职业学院", "陕西能源职业技术学院");

	private static final List<String> COAL_GROUPS = List.of("晋能控股集团", "山西焦煤集团有限责任公司",
			"陕西煤业化工集团有限责任公司", "中煤平朔集团有限公司", "潞安化工集团", "兖矿能源集团股份有限公司",
			"华阳新材料科技集团", "国家能源集团神东煤炭集团");

	private static final List<String> IT_SCHOOLS = List.of("北京邮电大学", "西安电子科技大学", "华中科技大学",
			"太原理工大学", "山西大学", "中北大学", "大连理工大学");

	private static final List<String> IT_EMPLOYERS = List.of("东软集团股份有限公司", "中软国际有限公司", "浪潮软件股份有限公司",
			"用友网络科技股份有限公司", "太原天源信息科技有限公司", "金蝶软件（中国）有限公司", "山西云时代技术有限公司");

	private static final List<String> BUSINESS_SCHOOLS = List.of("山西财经大学", "对外经济贸易大学", "中南财经政法大学",
			"西南财经大学", "山西大学商务学院", "天津财经大学");

	static final DemoBackground SAFETY_STRONG = chinese(MINING_SCHOOLS, "本科", List.of("安全工程", "采矿工程"),
			COAL_GROUPS, List.of("安全员", "安全工程师", "安全科副科长"),
			List.of("隐患排查", "安全生产管理", "双重预防机制", "应急管理", "AutoCAD", "事故调查分析", "瓦斯检测", "通风管理"),
			List.of("注册安全工程师", "安全评价师", "煤矿安全管理人员安全生产知识和管理能力考核合格证"),
			List.of("负责矿井安全生产检查与隐患排查治理，建立隐患台账并跟踪整改闭环",
					"组织编制矿井灾害预防与处理计划、应急预案，每年组织应急演练 4 次",
					"推动双重预防机制建设，完成风险分级管控清单的编制与更新", "参与事故调查分析，编写调查报告并落实防范措施",
					"负责一通三防安全监督，督促瓦斯检测与通风设施管理", "对新入职员工开展三级安全教育培训，年均培训 300 人次",
					"配合安全生产标准化达标创建，矿井通过一级标准化验收"),
			5, 12);

	static final DemoBackground SAFETY_PARTIAL = chinese(MINING_SCHOOLS, "本科", List.of("安全工程", "矿物加工工程"),
			COAL_GROUPS, List.of("安全检查员", "安全员"),
			List.of("隐患排查", "安全检查", "安全培训", "Excel", "瓦斯检测"), List.of("煤矿安全检查工操作证", "特种作业操作证"),
			List.of("按班次开展井下安全检查，记录并上报发现的隐患", "协助安全科开展安全培训与班前会安全宣讲",
					"参与月度安全大检查，整理检查记录与整改通知单", "负责安全监控系统日常数据核对"),
			2, 5);

	static final DemoBackground SAFETY_WEAK = chinese(VOCATIONAL_SCHOOLS, "大专", List.of("煤矿开采技术", "安全技术与管理"),
			COAL_GROUPS, List.of("安全员", "综采工"), List.of("安全检查", "Excel", "设备巡检"), List.of(),
			List.of("负责班组安全记录的填写与归档", "参与井下设备巡检，记录运行情况", "协助开展安全活动日"), 0, 2);

	static final DemoBackground SHEARER_STRONG = chinese(VOCATIONAL_SCHOOLS, "大专", List.of("煤矿开采技术", "矿山机电技术"),
			COAL_GROUPS, List.of("采煤机司机", "采煤机司机（主司机）", "综采班长"),
			List.of("采煤机操作", "综采", "机电维修", "液压支架操作", "设备点检", "故障排除"),
			List.of("采煤机司机操作证", "特种作业操作证", "煤矿安全培训合格证"),
			List.of("操作 MG750 型电牵引采煤机，月均割煤 180 刀，连续三年零事故",
					"负责采煤机日常点检与截齿更换，设备开机率保持在 95% 以上", "带领本班 6 人完成综采工作面搬家倒面",
					"熟悉采煤机电气控制系统，能独立排除常见液压与电气故障", "配合综采队完成工作面过断层、过老巷作业"),
			4, 15);

	static final DemoBackground SHEARER_PARTIAL = chinese(VOCATIONAL_SCHOOLS, "中专", List.of("煤矿机电", "采矿技术"),
			COAL_GROUPS, List.of("液压支架工", "采煤机副司机"), List.of("液压支架操作", "综采", "设备点检"),
			List.of("特种作业操作证"), List.of("负责液压支架移架、推溜作业", "协助主司机进行采煤机点检与维护",
					"参与综采工作面设备检修"),
			2, 6);

	static final DemoBackground SHEARER_WEAK = chinese(VOCATIONAL_SCHOOLS, "中专", List.of("机电一体化", "汽车维修"),
			List.of("太原重型机械集团", "山西某机械制造有限公司", "大同市运输有限公司"), List.of("装配工", "机修工"),
			List.of("机械装配", "设备维修", "电焊"), List.of(), List.of("负责机械零部件装配", "参与设备日常保养与维修"), 1, 4);

	static final DemoBackground SALES_STRONG = chinese(BUSINESS_SCHOOLS, "本科", List.of("市场营销", "国际经济与贸易"),
			List.of("国投煤炭销售有限公司", "中煤能源销售公司", "山西美锦能源股份有限公司", "晋能控股煤业集团销售公司",
					"大唐国际燃料有限公司"),
			List.of("销售代表", "大客户经理", "区域销售经理"),
			List.of("大客户销售", "煤炭贸易", "商务谈判", "CRM", "合同管理", "市场分析", "团队管理"), List.of(),
			List.of("负责华北区域电厂客户的动力煤销售，年销售量 200 万吨，回款率 100%", "开发钢厂与化工企业新客户 12 家",
					"带领 8 人销售团队，连续两年超额完成销售目标", "主导年度长协合同谈判，签约金额 9 亿元",
					"建立客户分级管理体系，使用 CRM 跟踪商机"),
			6, 14);

	static final DemoBackground SALES_PARTIAL = chinese(BUSINESS_SCHOOLS, "本科", List.of("市场营销", "工商管理"),
			List.of("阳光保险集团", "国美电器有限公司", "山西汾酒销售有限公司", "太原某建材贸易有限公司"),
			List.of("销售代表", "销售主管"), List.of("客户开发", "商务谈判", "Excel", "电话销售"), List.of(),
			List.of("负责区域渠道客户的开发与维护，月均拜访客户 60 家", "完成季度销售指标 120%",
					"组织门店促销活动，提升销售额 30%", "维护经销商关系，处理客户投诉"),
			3, 7);

	static final DemoBackground SALES_WEAK = chinese(BUSINESS_SCHOOLS, "大专", List.of("电子商务", "市场营销"),
			List.of("太原某电子商务有限公司", "某连锁超市"), List.of("客服专员", "销售助理"), List.of("客户服务", "Excel", "直播运营"),
			List.of(), List.of("处理线上客户咨询", "整理销售日报"), 0, 2);

	static final DemoBackground JAVA_STRONG = chinese(IT_SCHOOLS, "本科", List.of("计算机科学与技术", "软件工程"),
			IT_EMPLOYERS, List.of("Java 开发工程师", "高级 Java 开发工程师", "技术经理"),
			List.of("Java", "Spring Boot", "Spring Cloud", "PostgreSQL", "MySQL", "Redis", "Kafka", "Docker",
					"Kubernetes", "微服务"),
			List.of("软件设计师", "系统架构设计师"),
			List.of("负责矿山安全监控平台后端开发，基于 Spring Boot 与 PostgreSQL，接入 3000 余个传感器",
					"主导单体系统向微服务拆分，接口平均响应时间从 800ms 降至 120ms", "设计基于 Kafka 的设备告警消息链路",
					"带领 5 人小组完成 ERP 与 MES 系统对接", "编写单元测试与集成测试，覆盖率提升至 80%",
					"使用 Docker 与 Kubernetes 完成应用容器化部署"),
			4, 10);

	static final DemoBackground JAVA_PARTIAL = chinese(IT_SCHOOLS, "本科", List.of("计算机科学与技术", "信息管理与信息系统"),
			IT_EMPLOYERS, List.of("Java 开发工程师", "软件工程师"), List.of("Java", "Spring Boot", "MySQL", "Vue"), List.of(),
			List.of("参与 OA 系统模块开发与维护", "根据需求完成接口开发和联调", "修复线上缺陷，编写技术文档"), 1, 3);

	static final DemoBackground JAVA_WEAK = chinese(IT_SCHOOLS, "大专", List.of("计算机应用技术", "电子信息工程"),
			List.of("太原某网络科技有限公司", "某培训学校"), List.of("网站运维", "实施工程师"), List.of("HTML", "JavaScript", "Excel"),
			List.of(), List.of("负责客户现场软件安装与培训", "维护公司官网内容"), 0, 2);

	static final DemoBackground ACCOUNTANT = chinese(BUSINESS_SCHOOLS, "本科", List.of("会计学", "财务管理"),
			List.of("山西某会计师事务所", "太原某商贸有限公司"), List.of("会计", "财务主管"),
			List.of("财务核算", "用友 U8", "税务申报", "Excel"), List.of("中级会计师"),
			List.of("负责总账核算与月度结账", "编制财务报表与纳税申报", "协助年度审计"), 3, 8);

	static final DemoBackground JAVA_STRONG_EN = english(List.of("University of Michigan", "Georgia Institute of Technology",
			"University of Toronto", "National University of Singapore", "University of Edinburgh"), "B.S.",
			List.of("Computer Science", "Software Engineering"),
			List.of("Globex Corporation", "Initech", "Umbrella Systems", "Stark Digital", "Wayne Software"),
			List.of("Software Engineer", "Senior Software Engineer", "Tech Lead"),
			List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "AWS", "Microservices"),
			List.of("Oracle Certified Professional Java SE", "AWS Certified Developer"),
			List.of("Built the order service in Java and Spring Boot handling 2,000 requests per second",
					"Moved a monolith to microservices on Kubernetes with zero downtime",
					"Designed the event pipeline on Kafka for sensor telemetry from 400 sites",
					"Mentored four engineers and introduced code review guidelines",
					"Cut PostgreSQL query times by 70% with indexing and query rewrites"),
			4, 11);

	static final DemoBackground JAVA_JUNIOR_EN = english(List.of("Arizona State University", "University of Leeds",
			"Monash University"), "B.S.", List.of("Computer Science", "Information Systems"),
			List.of("Acme Analytics", "Hooli", "Vandelay Industries"), List.of("Junior Developer", "Software Engineer"),
			List.of("Java", "Python", "SQL", "Git", "React"), List.of(),
			List.of("Maintained internal tools written in Java", "Wrote REST endpoints and their tests",
					"Fixed production bugs reported by customer support"),
			0, 2);

	static final DemoBackground SALES_EN = english(List.of("Boston University", "University of Manchester",
			"University of Sydney"), "B.A.", List.of("Business Administration", "Marketing"),
			List.of("Dunder Mifflin", "Sterling Cooper", "Prestige Worldwide"), List.of("Account Executive", "Sales Manager"),
			List.of("B2B sales", "Negotiation", "Salesforce", "Key account management"), List.of(),
			List.of("Closed $3M in new business with enterprise customers", "Led a team of six account executives",
					"Grew renewals to 95% through quarterly business reviews"),
			4, 10);

	private DemoBackgrounds() {
	}
}
