package io.renloop.demo;

import io.renloop.employee.EmployeeRecords.Certificate;
import io.renloop.employee.EmployeeRecords.Education;
import io.renloop.employee.EmployeeRecords.WorkHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Education, work history and certificates that fit each demo position. */
final class DemoProfiles {

	private static final List<String> MINING_SCHOOLS = List.of("中国矿业大学", "太原理工大学", "河南理工大学",
			"辽宁工程技术大学", "西安科技大学", "安徽理工大学", "山东科技大学");

	private static final List<String> GENERAL_SCHOOLS = List.of("山西大学", "中南大学", "东北大学", "北京交通大学",
			"山西财经大学", "华北电力大学", "西北工业大学");

	private static final List<String> VOCATIONAL = List.of("山西煤炭职业技术学院", "阳泉职业技术学院", "山西工程职业学院",
			"晋城职业技术学院");

	private static final List<String> EN_SCHOOLS = List.of("State University", "Institute of Technology",
			"Community College", "City University");

	private static final Map<String, String> MAJORS = Map.ofEntries(Map.entry("SHEARER", "采矿技术"),
			Map.entry("SUPPORT", "综合机械化采煤"), Map.entry("ROADHEADER", "矿井建设"), Map.entry("FITTER", "机电一体化"),
			Map.entry("VENT", "矿井通风与安全"), Map.entry("GAS", "矿井通风与安全"), Map.entry("SAFETY-ENG", "安全工程"),
			Map.entry("SAFETY-INSP", "安全技术管理"), Map.entry("MINING-ENG", "采矿工程"), Map.entry("ME-ENG", "机械工程"),
			Map.entry("JAVA-DEV", "计算机科学与技术"), Map.entry("SALES-MGR", "市场营销"), Map.entry("SALES-REP", "市场营销"),
			Map.entry("HR-SPEC", "人力资源管理"), Map.entry("HRBP", "人力资源管理"), Map.entry("ACCT", "会计学"),
			Map.entry("FIN-MGR", "财务管理"), Map.entry("SWE", "Computer Science"), Map.entry("QA", "Software Engineering"),
			Map.entry("AE", "Business Administration"), Map.entry("HRG", "Human Resources"), Map.entry("ACC", "Accounting"));

	private static final Map<String, List<String>> CERTIFICATES = Map.of("SHEARER",
			List.of("特种作业操作证（采煤机司机）"), "SUPPORT", List.of("特种作业操作证（液压支架工）"), "ROADHEADER",
			List.of("特种作业操作证（掘进机司机）"), "FITTER", List.of("特种作业操作证（煤矿井下电气作业）"), "GAS",
			List.of("特种作业操作证（瓦斯检查作业）"), "VENT", List.of("特种作业操作证（煤矿通风作业）"), "SAFETY-ENG",
			List.of("注册安全工程师"), "SAFETY-INSP", List.of("特种作业操作证（煤矿安全检查作业）"), "ACCT",
			List.of("初级会计专业技术资格"));

	private final DemoPeople people;

	private final boolean chinese;

	DemoProfiles(DemoPeople people, boolean chinese) {
		this.people = people;
		this.chinese = chinese;
	}

	List<Education> education(String position, LocalDate birthDate) {
		boolean operator = List.of("SHEARER", "SUPPORT", "ROADHEADER", "FITTER", "VENT", "GAS").contains(position);
		String degree = chinese ? (operator ? (people.nextInt(3) == 0 ? "中专" : "大专") : (people.nextInt(4) == 0 ? "硕士" : "本科"))
				: (people.nextInt(4) == 0 ? "Master" : "Bachelor");
		List<String> schools = !chinese ? EN_SCHOOLS
				: operator ? VOCATIONAL
						: position.matches("SAFETY.*|MINING-ENG|ME-ENG") ? MINING_SCHOOLS : GENERAL_SCHOOLS;
		int startYear = birthDate.getYear() + 18;
		int years = degree.equals("硕士") || degree.equals("Master") ? 6 : degree.equals("本科") || degree.equals("Bachelor") ? 4 : 3;
		return List.of(new Education(people.pick(schools), degree, MAJORS.getOrDefault(position, chinese ? "工商管理" : "Management"),
				LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + years, 7, 1)));
	}

	List<WorkHistory> workHistory(LocalDate hireDate, LocalDate educationEnd) {
		if (!hireDate.isAfter(educationEnd.plusYears(2)) || people.nextInt(2) == 0) {
			return List.of();
		}
		List<String> employers = chinese ? List.of("山西焦煤集团", "阳泉煤业集团", "潞安化工集团", "晋能控股集团", "中煤能源")
				: List.of("Globex", "Initech", "Umbrella Corp", "Hooli");
		return List.of(new WorkHistory(people.pick(employers), chinese ? "技术员" : "Associate", educationEnd,
				hireDate.minusMonths(1)));
	}

	List<Certificate> certificates(String position, LocalDate today) {
		List<Certificate> result = new ArrayList<>();
		for (String name : CERTIFICATES.getOrDefault(position, List.of())) {
			LocalDate issued = today.minusYears(1 + people.nextInt(5)).minusDays(people.nextInt(300));
			LocalDate expires = name.startsWith("特种作业") ? issued.plusYears(6) : issued.plusYears(5);
			result.add(new Certificate(name, "T" + (100000 + people.nextInt(900000)), issued, expires));
		}
		return result;
	}
}
