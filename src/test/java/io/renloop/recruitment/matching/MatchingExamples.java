package io.renloop.recruitment.matching;

import io.renloop.recruitment.internal.matching.CandidateProfile;
import io.renloop.recruitment.EducationLevel;
import io.renloop.recruitment.internal.matching.JobRequirements;
import io.renloop.recruitment.internal.matching.JobRequirements.WeightedTerm;
import java.math.BigDecimal;
import java.util.List;

/** Candidates and requisitions the matching tests share. */
public final class MatchingExamples {

	public static final String MINE_SAFETY_DESCRIPTION = "负责煤矿安全生产管理，组织井下安全检查，排查隐患，"
			+ "负责通风、瓦斯防治和应急救援预案，落实安全生产责任制。";

	public static final String JAVA_DESCRIPTION = "We are hiring a backend Java developer to build REST services "
			+ "with Spring Boot and PostgreSQL, write unit tests and deploy microservices on Kubernetes.";

	private MatchingExamples() {
	}

	public static JobRequirements mineSafetyJob() {
		return new JobRequirements(new BigDecimal("5"), EducationLevel.BACHELOR, List.of("注册安全工程师"),
				List.of("安全生产管理"), List.of(new WeightedTerm("瓦斯防治", 2), new WeightedTerm("应急救援", 1)),
				MINE_SAFETY_DESCRIPTION, null);
	}

	public static CandidateProfile mineSafetyEngineer() {
		return new CandidateProfile(List.of("安全生产管理", "瓦斯防治", "通风"), List.of("注安师", "特种作业操作证"),
				List.of("本科"), List.of("安全工程师"), new BigDecimal("7.5"),
				"2016-2023 某煤矿 安全工程师。负责井下安全检查与隐患排查，矿井通风与瓦斯防治，编制应急救援预案。"
						+ "持有注册安全工程师证书。");
	}

	public static CandidateProfile salesperson() {
		return new CandidateProfile(List.of("客户开发", "销售谈判"), List.of(), List.of("大专"), List.of("销售经理"),
				new BigDecimal("6"), "2017-2023 某贸易公司 销售经理。负责华东区客户开发与维护，完成年度销售指标，"
						+ "组织商务谈判和回款管理。");
	}

	public static JobRequirements javaJob() {
		return new JobRequirements(new BigDecimal("3"), EducationLevel.BACHELOR, List.of(),
				List.of("Java", "Spring Boot"), List.of(new WeightedTerm("Kubernetes", 1)), JAVA_DESCRIPTION, null);
	}

	public static CandidateProfile javaDeveloper() {
		return new CandidateProfile(List.of("Java", "SpringBoot", "PostgreSQL", "K8s"), List.of(),
				List.of("Bachelor of Science"), List.of("Software Engineer"), new BigDecimal("5"),
				"Software engineer, 2019-2024. Built REST APIs in Java with Spring Boot, PostgreSQL and Kafka; "
						+ "wrote JUnit tests; deployed services to Kubernetes.");
	}

	public static CandidateProfile accountant() {
		return new CandidateProfile(List.of("Bookkeeping", "Microsoft Excel"), List.of("CPA"),
				List.of("Bachelor of Commerce"), List.of("Accountant"), new BigDecimal("8"),
				"Accountant, 2016-2024. Prepared monthly financial statements, reconciled accounts, managed "
						+ "accounts payable and supported the annual audit.");
	}
}
