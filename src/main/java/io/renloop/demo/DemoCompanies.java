package io.renloop.demo;

import static io.renloop.demo.DemoCompany.staff;
import static io.renloop.demo.DemoCompany.unit;

import io.renloop.demo.DemoCompany.Family;
import io.renloop.demo.DemoCompany.Job;
import java.util.List;

/** The two demo tenants: a Chinese energy group and a small English-speaking company. */
final class DemoCompanies {

	private DemoCompanies() {
	}

	static DemoCompany energyGroup() {
		List<Family> families = List.of(
				new Family("MGMT", "管理序列", List.of(new Job("GM", "总经理", "M5"), new Job("DEPT-HEAD", "部门经理", "M3"),
						new Job("TEAM-LEAD", "队长", "M1"))),
				new Family("PROD", "生产操作序列", List.of(new Job("SHEARER", "采煤机司机", "P3"),
						new Job("SUPPORT", "液压支架工", "P2"), new Job("ROADHEADER", "掘进机司机", "P3"),
						new Job("FITTER", "机电维修工", "P2"), new Job("VENT", "通风工", "P2"),
						new Job("GAS", "瓦斯检查员", "P3"))),
				new Family("SAFETY", "安全序列", List.of(new Job("SAFETY-ENG", "安全工程师", "T3"),
						new Job("SAFETY-INSP", "安全检查员", "T2"))),
				new Family("ENG", "工程技术序列", List.of(new Job("MINING-ENG", "采矿工程师", "T3"),
						new Job("ME-ENG", "机电工程师", "T3"), new Job("JAVA-DEV", "Java 开发工程师", "T3"))),
				new Family("SALES", "营销序列", List.of(new Job("SALES-MGR", "销售经理", "S3"),
						new Job("SALES-REP", "销售代表", "S1"))),
				new Family("FUNC", "职能序列", List.of(new Job("HR-SPEC", "人力资源专员", "F2"),
						new Job("HRBP", "HRBP", "F3"), new Job("ACCT", "会计", "F2"), new Job("FIN-MGR", "财务经理", "F4"))));
		DemoCompany.Unit root = unit("SNE", "示例能源集团", "COMPANY", List.of(staff("GM", 1)),
				unit("MINING", "综采事业部", "DEPARTMENT", List.of(staff("DEPT-HEAD", 1), staff("MINING-ENG", 6)),
						unit("COAL-1", "井下采煤一队", "TEAM",
								List.of(staff("TEAM-LEAD", 1), staff("SHEARER", 8), staff("SUPPORT", 30), staff("FITTER", 8))),
						unit("COAL-2", "井下采煤二队", "TEAM",
								List.of(staff("TEAM-LEAD", 1), staff("SHEARER", 8), staff("SUPPORT", 28), staff("FITTER", 8))),
						unit("TUNNEL", "掘进队", "TEAM",
								List.of(staff("TEAM-LEAD", 1), staff("ROADHEADER", 14), staff("FITTER", 8))),
						unit("ELEC", "机电队", "TEAM", List.of(staff("TEAM-LEAD", 1), staff("FITTER", 20), staff("ME-ENG", 3)))),
				unit("VENT", "通风科", "DEPARTMENT", List.of(staff("DEPT-HEAD", 1), staff("VENT", 20), staff("GAS", 14))),
				unit("SAFETY", "安全监察部", "DEPARTMENT",
						List.of(staff("DEPT-HEAD", 1), staff("SAFETY-ENG", 8), staff("SAFETY-INSP", 18))),
				unit("ENG", "工程技术部", "DEPARTMENT", List.of(staff("DEPT-HEAD", 1)),
						unit("ENG-MINE", "采矿设计室", "TEAM", List.of(staff("TEAM-LEAD", 1), staff("MINING-ENG", 12))),
						unit("ENG-ME", "机电工程室", "TEAM", List.of(staff("TEAM-LEAD", 1), staff("ME-ENG", 8))),
						unit("IT", "信息技术室", "TEAM", List.of(staff("TEAM-LEAD", 1), staff("JAVA-DEV", 14)))),
				unit("SALES", "销售部", "DEPARTMENT", List.of(staff("DEPT-HEAD", 1)),
						unit("SALES-N", "华北销售组", "TEAM", List.of(staff("SALES-MGR", 1), staff("SALES-REP", 16))),
						unit("SALES-E", "华东销售组", "TEAM", List.of(staff("SALES-MGR", 1), staff("SALES-REP", 15)))),
				unit("HR", "人力资源部", "DEPARTMENT", List.of(staff("DEPT-HEAD", 1), staff("HRBP", 4), staff("HR-SPEC", 7))),
				unit("FIN", "财务部", "DEPARTMENT", List.of(staff("FIN-MGR", 1), staff("ACCT", 9))));
		return new DemoCompany("demo", "示例能源集团", "zh-CN", "Asia/Shanghai", true, families, root);
	}

	static DemoCompany acme() {
		List<Family> families = List.of(
				new Family("MGMT", "Management", List.of(new Job("CEO", "Chief Executive Officer", "M5"),
						new Job("HEAD", "Head of Department", "M3"))),
				new Family("TECH", "Technology", List.of(new Job("SWE", "Software Engineer", "T2"),
						new Job("QA", "QA Engineer", "T2"))),
				new Family("BIZ", "Business", List.of(new Job("AE", "Account Executive", "S2"),
						new Job("HRG", "HR Generalist", "F2"), new Job("ACC", "Accountant", "F2"))));
		DemoCompany.Unit root = unit("ACME", "Acme Corp", "COMPANY", List.of(staff("CEO", 1)),
				unit("ENGR", "Engineering", "DEPARTMENT", List.of(staff("HEAD", 1), staff("SWE", 12), staff("QA", 4))),
				unit("SALES", "Sales", "DEPARTMENT", List.of(staff("HEAD", 1), staff("AE", 8))),
				unit("PEOPLE", "People & Finance", "DEPARTMENT", List.of(staff("HEAD", 1), staff("HRG", 2), staff("ACC", 3))));
		return new DemoCompany("acme", "Acme Corp", "en", "America/New_York", false, families, root);
	}
}
