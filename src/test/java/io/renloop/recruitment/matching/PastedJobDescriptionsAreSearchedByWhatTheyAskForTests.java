package io.renloop.recruitment.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.matching.JobQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastedJobDescriptionsAreSearchedByWhatTheyAskForTests {

	private static final String ENGLISH = """
			Senior Data Engineer
			About us
			Acme is a fast-growing, industry-leading company with 5,000 employees.
			Responsibilities
			- Build real-time pipelines in Apache Flink
			- Schedule ETL jobs with Airflow
			Requirements
			- 5+ years of experience in a similar role
			- Proficient in Apache Spark, Hive and SQL
			Nice to have
			- Databricks Certified Data Engineer
			What we offer
			- Competitive salary, health insurance and stock options
			We are an equal opportunity employer and value diversity.
			""";

	private static final String CHINESE = """
			职位名称：数据工程师
			公司简介：某公司是一家快速发展的行业领先企业。
			岗位职责：
			1. 使用Flink开发实时数据管道；
			2. 用Airflow调度ETL任务。
			任职要求：
			1. 计算机相关专业本科及以上学历；
			2. 熟悉Spark、Hive、SQL；
			3. 持有CDP数据工程师认证者优先。
			福利待遇：
			五险一金、带薪年假、年终奖、弹性工作。
			我们坚持平等雇佣，不因性别歧视应聘者。
			""";

	@Test
	void anEnglishPostingKeepsTitleDutiesAndRequirementsAndDropsBenefitsAndLegalText() {
		JobQuery query = JobQuery.of(ENGLISH);
		assertThat(query.title()).isEqualTo("Senior Data Engineer");
		assertThat(query.duties()).containsExactly("Build real-time pipelines in Apache Flink",
				"Schedule ETL jobs with Airflow");
		assertThat(query.skills()).contains("Apache Spark", "Hive", "SQL", "Databricks Certified Data Engineer");
		assertThat(query.focus()).contains("Flink", "Airflow", "Spark")
			.doesNotContain("salary", "insurance", "equal opportunity", "fast-growing", "5,000 employees");
	}

	@Test
	void aChinesePostingKeepsTitleDutiesAndRequirementsAndDropsBenefitsAndLegalText() {
		JobQuery query = JobQuery.of(CHINESE);
		assertThat(query.title()).isEqualTo("数据工程师");
		assertThat(query.duties()).hasSize(2);
		assertThat(query.skills()).contains("Spark", "Hive", "SQL");
		assertThat(query.focus()).contains("Flink", "Airflow", "Spark")
			.doesNotContain("五险一金", "年终奖", "平等", "行业领先");
	}

	@Test
	void aPostingInProseFindsItsTitleAndDropsItsBoilerplateSentences() {
		JobQuery query = JobQuery.of("Join Acme! We offer competitive compensation and free snacks.\n"
				+ "We are looking for a Litigation Attorney to join our team in Shenzhen. In this role you will argue "
				+ "cases in court.\nWhat you bring: a degree in Law and hands-on experience with litigation and "
				+ "arbitration.\nTo apply, send your resume to jobs@example.com.");
		assertThat(query.title()).isEqualTo("Litigation Attorney");
		assertThat(query.skills()).contains("litigation", "arbitration");
		assertThat(query.focus()).contains("argue cases in court").doesNotContain("snacks", "jobs@example.com");
	}

	@Test
	void aKeywordQueryIsSearchedAsItIs() {
		JobQuery query = JobQuery.of("advocate litigation court");
		assertThat(query.focus()).isEqualTo("advocate litigation court");
		assertThat(query.skills()).isEmpty();
	}

	@Test
	void aRequisitionsRequiredSkillsJoinTheQuery() {
		JobQuery query = JobQuery.of("招聘安全工程师").withSkills(List.of("注册安全工程师", "通风管理"));
		assertThat(query.title()).isEqualTo("安全工程师");
		assertThat(query.skills()).contains("注册安全工程师", "通风管理");
		assertThat(query.focus()).contains("通风管理");
	}
}
