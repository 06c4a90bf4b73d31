package io.renloop.demo;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import io.renloop.training.Catalogue;
import io.renloop.training.Catalogue.ContentKind;
import io.renloop.training.Catalogue.CourseKind;
import io.renloop.training.Catalogue.SaveCourse;
import io.renloop.training.Catalogue.SavePath;
import io.renloop.training.Certificates;
import io.renloop.training.Certificates.AddCertificate;
import io.renloop.training.Certificates.SaveType;
import io.renloop.training.Exams;
import io.renloop.training.Exams.QuestionKind;
import io.renloop.training.Exams.SaveExam;
import io.renloop.training.Exams.SaveQuestion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo's training: a catalogue of 28 courses (mine safety, ventilation, gas, hydraulic supports, management, Java,
 * sales), a new-hire path, paths for new shearer operators and mining engineers, the gas basics exam with its bank,
 * and the two licences underground work needs — held by everybody of 井下采煤一队, three of them expiring within 30
 * days and one expired. Runs once: a tenant with any course is left alone.
 */
@Component
@Order(7)
class DemoTraining implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

	private static final String TENANT = "demo";

	private static final Set<String> UNDERGROUND_POSITIONS = Set.of("SHEARER", "SUPPORT", "FITTER", "TEAM-LEAD");

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final Employees employees;

	private final Catalogue catalogue;

	private final Certificates certificates;

	private final Exams exams;

	private final TenantTime time;

	DemoTraining(RenloopProperties properties, TenantAdministration administration, Organization organization,
			Employees employees, Catalogue catalogue, Certificates certificates, Exams exams, TenantTime time) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.employees = employees;
		this.catalogue = catalogue;
		this.certificates = certificates;
		this.exams = exams;
		this.time = time;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(TENANT).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int courses = SystemActor.callAs(TENANT, this::seed);
		if (courses > 0) {
			log.info("Demo training: {} courses in {} ms", courses, (System.nanoTime() - started) / 1_000_000);
		}
	}

	private int seed() {
		if (!catalogue.courses().isEmpty()) {
			return 0;
		}
		Map<String, UUID> courses = new HashMap<>();
		for (SaveCourse course : DemoCourses.all()) {
			courses.put(course.code(), catalogue.create(course).id());
		}
		Map<String, UUID> positions = new HashMap<>();
		for (PositionView position : organization.positions()) {
			positions.put(position.code(), position.id());
		}
		paths(courses, positions);
		List<UUID> underground = UNDERGROUND_POSITIONS.stream().filter(positions::containsKey).map(positions::get).toList();
		certificates.saveType("SPECIAL_OPERATION", new SaveType("特种作业操作证（煤矿井下）", "Special operations licence (underground)",
				72, underground));
		certificates.saveType("SAFETY_TRAINING", new SaveType("安全培训合格证", "Safety training certificate", 36,
				underground));
		certificates.saveType("GAS_INTERNAL", new SaveType("瓦斯检查内部培训合格证", "Gas inspection internal certificate",
				24, List.of()));
		licences();
		exams.create(new SaveExam("GAS-BASICS", "瓦斯防治基础考试", "Gas control basics exam", "GAS", 5, 20, 80, 3,
				courses.get("GAS-101"), "GAS_INTERNAL", DemoCourses.gasQuestions()));
		return courses.size();
	}

	private void paths(Map<String, UUID> courses, Map<String, UUID> positions) {
		catalogue.savePath(new SavePath("NEW-HIRE", "新员工入职安全教育", "New-hire safety induction", null, true,
				steps(courses, List.of("SAFE-101", "SAFE-102", "RULES-101"), 14)));
		catalogue.savePath(new SavePath("NEW-MINER", "新入井人员培训", "New miners", positions.get("SHEARER"), false,
				steps(courses, List.of("VENT-101", "GAS-101", "HYD-101", "SAFE-201", "RESCUE-101"), 30)));
		catalogue.savePath(new SavePath("NEW-ENGINEER", "新入职工程师培训", "New engineers", positions.get("MINING-ENG"),
				false, steps(courses, List.of("VENT-201", "GAS-201", "HYD-201", "MGMT-101"), 60)));
	}

	private static List<SavePath.Step> steps(Map<String, UUID> courses, List<String> codes, int dueDays) {
		List<SavePath.Step> steps = new ArrayList<>();
		for (String code : codes) {
			steps.add(new SavePath.Step(courses.get(code), dueDays));
		}
		return steps;
	}

	/** Everybody of 井下采煤一队 holds both licences; three expire within 30 days and one has expired. */
	private void licences() {
		UUID team = organization.departments().stream().filter(d -> d.code().equals("COAL-1")).findFirst()
			.map(d -> d.id()).orElse(null);
		if (team == null) {
			return;
		}
		LocalDate today = time.today();
		List<EmployeeSummary> members = employees.search(new EmployeeQuery(null, team, null, 0, 200)).content();
		for (int i = 0; i < members.size(); i++) {
			UUID id = members.get(i).id();
			LocalDate special = switch (i) {
				case 1 -> today.minusDays(5);
				case 2 -> today.plusDays(9);
				case 3 -> today.plusDays(21);
				default -> today.plusMonths(8 + (i * 7L) % 40);
			};
			certificates.add(new AddCertificate(id, "SPECIAL_OPERATION", "T1401" + String.format("%08d", 270_000 + i),
					"山西省应急管理厅", special.minusYears(6), special), null);
			LocalDate safety = i == 4 ? today.plusDays(27) : today.plusMonths(6 + (i * 5L) % 30);
			certificates.add(new AddCertificate(id, "SAFETY_TRAINING", "AQ" + today.getYear() + String.format("%05d", i),
					"山西焦煤集团安全培训中心", safety.minusYears(3), safety), null);
		}
	}

	/** The catalogue. */
	static final class DemoCourses {

		private DemoCourses() {
		}

		static List<SaveCourse> all() {
			return List.of(
					online("SAFE-101", "煤矿安全规程概要", "Coal mine safety regulations", ContentKind.VIDEO, 1800, 2, "安全,安全意识,规程"),
					online("SAFE-102", "入井须知与自救器使用", "Going underground and self-rescuers", ContentKind.VIDEO, 1200, 1, "安全,自救器,应急"),
					online("RULES-101", "公司制度与员工手册", "Company rules and handbook", ContentKind.RICH_TEXT, null, 1, "制度"),
					classroom("SAFE-201", "井下安全确认与隐患排查", "Underground hazard checks", 8, "安全,隐患排查,安全意识"),
					classroom("RESCUE-101", "矿山救护与应急演练", "Mine rescue drills", 8, "应急,救护,先撤人后处理"),
					online("VENT-101", "矿井通风系统基础", "Mine ventilation basics", ContentKind.VIDEO, 2400, 3, "通风,通风系统"),
					online("VENT-201", "通风网络解算与风量调节", "Ventilation network design", ContentKind.PDF, null, 6, "通风,通风系统,工程"),
					classroom("VENT-301", "局部通风机管理", "Auxiliary fan management", 4, "通风,局部通风"),
					online("GAS-101", "瓦斯防治基础", "Gas control basics", ContentKind.VIDEO, 2700, 3, "瓦斯,瓦斯防治,瓦斯检查"),
					online("GAS-201", "瓦斯抽采设计", "Gas drainage design", ContentKind.PDF, null, 6, "瓦斯,瓦斯抽采,工程"),
					classroom("GAS-301", "瓦斯检查工实操", "Gas inspector practice", 16, "瓦斯检查,SPECIAL_OPERATION"),
					online("HYD-101", "液压支架操作入门", "Hydraulic supports: operation", ContentKind.VIDEO, 2100, 2, "液压支架,液压支架操作"),
					online("HYD-201", "液压支架选型与维护", "Hydraulic supports: selection and maintenance", ContentKind.PDF, null, 4, "液压支架,设备维护"),
					classroom("HYD-301", "支架工实操考核", "Support operator practice", 8, "液压支架,SPECIAL_OPERATION"),
					external("SPECIAL-OP", "特种作业操作证复审培训", "Special operations licence refresher", 24, "1200.00", "SPECIAL_OPERATION,特种作业"),
					external("SAFETY-CERT", "安全培训合格证年度复训", "Annual safety certificate refresher", 20, "800.00", "SAFETY_TRAINING,安全培训"),
					classroom("ELEC-101", "井下电气防爆", "Explosion-proof electrics", 8, "机电,防爆"),
					online("MGMT-101", "班组长管理基础", "Team leader basics", ContentKind.VIDEO, 3000, 3, "管理,团队管理,沟通表达"),
					classroom("MGMT-201", "安全生产标准化管理", "Safety standardisation management", 12, "管理,安全管理"),
					external("MGMT-301", "中层管理者领导力（外训）", "Leadership for middle managers", 24, "6800.00", "管理,领导力"),
					online("COMM-101", "高效沟通与汇报", "Effective communication", ContentKind.RICH_TEXT, null, 1, "沟通表达,沟通"),
					online("JAVA-101", "Java 编程基础", "Java fundamentals", ContentKind.VIDEO, 3600, 8, "Java,编程"),
					online("JAVA-201", "Spring Boot 实战", "Spring Boot in practice", ContentKind.VIDEO, 5400, 12, "Java,Spring,后端"),
					online("JAVA-301", "Java 并发与性能", "Java concurrency and performance", ContentKind.PDF, null, 10, "Java,并发,性能"),
					online("SALES-101", "顾问式销售", "Consultative selling", ContentKind.VIDEO, 2400, 3, "销售,客户沟通"),
					classroom("SALES-201", "大客户谈判", "Key account negotiation", 8, "销售,谈判"),
					external("SALES-301", "煤炭市场与定价（外训）", "Coal markets and pricing", 16, "2600.00", "销售,市场"),
					online("DATA-101", "Excel 数据分析", "Data analysis with Excel", ContentKind.VIDEO, 2400, 4, "数据分析,办公"));
		}

		static List<SaveQuestion> gasQuestions() {
			return List.of(
					new SaveQuestion(QuestionKind.SINGLE, "采掘工作面风流中瓦斯浓度达到多少时必须停止电钻打眼？", List.of("1.0%", "0.5%", "1.5%", "2.0%"), "0", "《煤矿安全规程》：采掘工作面风流中瓦斯浓度达到 1.0% 时，必须停止用电钻打眼。"),
					new SaveQuestion(QuestionKind.SINGLE, "瓦斯的爆炸浓度界限约为？", List.of("1%–5%", "5%–16%", "16%–30%", "30% 以上"), "1", "瓦斯在空气中的爆炸界限为 5%–16%。"),
					new SaveQuestion(QuestionKind.MULTIPLE, "发现瓦斯超限时应当：", List.of("立即停止作业", "撤出人员", "切断电源", "继续观察"), "0,1,2", "超限必须停工、撤人、断电，并报告调度室。"),
					new SaveQuestion(QuestionKind.TRUE_FALSE, "瓦斯检查可以由未经培训的人员代替。", List.of(), "false", "瓦斯检查工属于特种作业人员，必须持证上岗。"),
					new SaveQuestion(QuestionKind.TRUE_FALSE, "局部通风机应实行挂牌管理，不得随意停开。", List.of(), "true", "局部通风机停开会造成瓦斯积聚。"),
					new SaveQuestion(QuestionKind.FILL_IN, "入井人员必须随身携带的个人防护装备是____。", List.of(), "自救器|隔绝式自救器", "每位入井人员必须随身携带自救器。"),
					new SaveQuestion(QuestionKind.SINGLE, "瓦斯检查的\"三对口\"指的是？", List.of("记录牌板、检查手册、调度台账一致", "班长、队长、矿长签字", "早中晚三次检查", "三人同时检查"), "0", "\"三对口\"要求牌板、手册和台账数据一致。"),
					new SaveQuestion(QuestionKind.MULTIPLE, "以下哪些属于瓦斯防治的\"一通三防\"内容？", List.of("通风", "防瓦斯", "防煤尘", "防灭火", "防水"), "0,1,2,3", "\"一通三防\"：通风、防瓦斯、防煤尘、防灭火。"));
		}

		private static SaveCourse online(String code, String zh, String en, ContentKind kind, Integer seconds,
				int hours, String tags) {
			return course(code, zh, en, CourseKind.ONLINE, kind, seconds, hours, "0.00", tags);
		}

		private static SaveCourse classroom(String code, String zh, String en, int hours, String tags) {
			return course(code, zh, en, CourseKind.CLASSROOM, null, null, hours, "0.00", tags);
		}

		private static SaveCourse external(String code, String zh, String en, int hours, String cost, String tags) {
			return course(code, zh, en, CourseKind.EXTERNAL, null, null, hours, cost, tags);
		}

		private static SaveCourse course(String code, String zh, String en, CourseKind kind, ContentKind contentKind,
				Integer seconds, int hours, String cost, String tags) {
			return new SaveCourse(code, zh, en, kind, contentKind, seconds, null,
					contentKind == ContentKind.RICH_TEXT ? zh + "\n\n" + en : null, BigDecimal.valueOf(hours),
					BigDecimal.valueOf(hours).divide(BigDecimal.valueOf(2)), new BigDecimal(cost), null,
					List.of(tags.split(",")));
		}
	}
}
