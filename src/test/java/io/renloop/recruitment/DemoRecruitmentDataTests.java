package io.renloop.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The demo tenants start with recruitment worth looking at: open requisitions for their own jobs with
 * competency models, and applicants over every channel and stage, hires and rejections in the past year.
 */
@RenloopIntegrationTest
class DemoRecruitmentDataTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoHasOpenRequisitionsForItsOwnJobsWithCompetencyModels() {
		List<Map<String, Object>> open = jdbc.queryForList("""
				select p.code as position, d.code as department, r.headcount, cm.definition is not null as modelled
				from recruitment.requisition r
				join organization.position p on p.id = r.position_id
				join organization.department d on d.id = r.department_id
				left join recruitment.competency_model cm on cm.position_id = r.position_id and cm.tenant_id = r.tenant_id
				where r.tenant_id = 'demo' and r.status = 'OPEN' and r.created_by = 'system'""");
		assertThat(open).extracting(row -> row.get("position") + "@" + row.get("department"))
			.contains("SAFETY-ENG@SAFETY", "SHEARER@COAL-1", "SALES-MGR@SALES", "JAVA-DEV@ENG");
		assertThat(open).allMatch(row -> Boolean.TRUE.equals(row.get("modelled")));

		JsonNode safety = ApiClient.as(port, "hr@demo.example").get("/api/v1/requisitions?status=OPEN&size=200").json();
		assertThat(safety.toString()).contains("安全工程师（矿井安全监察）");
		JsonNode model = ApiClient.as(port, "hr@demo.example")
			.get("/api/v1/positions/" + positionId("demo", "SAFETY-ENG") + "/competency-model")
			.json();
		assertThat(model.toString()).contains("安全意识", "注册安全工程师", "AutoCAD");
		assertThat(model.at("/model/descriptionEn").asString()).contains("Registered Safety Engineer");
	}

	@Test
	void demoHasSixtyApplicantsOverEveryChannelAndStageWithinTheHeadcountPlan() {
		assertThat(count("select count(*) from recruitment.candidate where tenant_id = 'demo' and phone like '1580351%'"))
			.isGreaterThanOrEqualTo(60);
		assertThat(jdbc.queryForList("""
				select distinct a.channel from recruitment.application a join recruitment.candidate c on c.id = a.candidate_id
				where a.tenant_id = 'demo' and c.phone like '1580351%'""", String.class))
			.contains("LIEPIN", "BOSS", "QIANCHENG", "REFERRAL", "CAREERS_PAGE", "CAMPUS");
		assertThat(jdbc.queryForList("""
				select distinct h.to_stage from recruitment.application_history h
				join recruitment.application a on a.id = h.application_id join recruitment.candidate c on c.id = a.candidate_id
				where a.tenant_id = 'demo' and c.phone like '1580351%'""", String.class))
			.contains("APPLIED", "SCREENED", "AI_INTERVIEW", "INTERVIEWS", "OFFER", "HIRED", "REJECTED", "POOL");
		assertThat(count("""
				select count(*) from recruitment.requisition where tenant_id = 'demo' and status = 'CLOSED' and created_by = 'system'"""))
			.isEqualTo(4);
	}

	@Test
	void demoHiresAndRejectionsWithReasonsAreSpreadOverThePastYear() {
		List<Map<String, Object>> outcomes = jdbc.queryForList("""
				select h.to_stage, h.reason, h.occurred_at from recruitment.application_history h
				join recruitment.application a on a.id = h.application_id join recruitment.candidate c on c.id = a.candidate_id
				where a.tenant_id = 'demo' and c.phone like '1580351%' and h.to_stage in ('HIRED', 'REJECTED')""");
		assertThat(outcomes).filteredOn(row -> row.get("to_stage").equals("HIRED")).hasSizeGreaterThanOrEqualTo(8);
		assertThat(outcomes).filteredOn(row -> row.get("to_stage").equals("REJECTED"))
			.hasSizeGreaterThanOrEqualTo(20)
			.allMatch(row -> row.get("reason") != null);
		assertThat(count("""
				select count(distinct date_trunc('month', h.occurred_at)) from recruitment.application_history h
				join recruitment.application a on a.id = h.application_id join recruitment.candidate c on c.id = a.candidate_id
				where a.tenant_id = 'demo' and c.phone like '1580351%' and h.to_stage in ('HIRED', 'REJECTED')
				  and h.occurred_at > now() - interval '12 months' and h.occurred_at <= now()"""))
			.isGreaterThanOrEqualTo(6);
	}

	@Test
	void theChannelChartOfTheDemoShowsHiresAndCosts() {
		JsonNode channels = ApiClient.as(port, "hr@demo.example").get("/api/v1/analytics/recruitment/channels").json();
		long hires = 0;
		int withApplications = 0;
		for (JsonNode channel : channels) {
			hires += channel.get("hires").asLong();
			withApplications += channel.get("applications").asLong() > 0 ? 1 : 0;
		}
		assertThat(hires).isGreaterThanOrEqualTo(8);
		assertThat(withApplications).isGreaterThanOrEqualTo(6);
		assertThat(channels.valueStream().filter(c -> c.get("channel").asString().equals("REFERRAL")).findFirst()
			.orElseThrow()
			.get("costPerHire")
			.isNull()).isFalse();
	}

	@Test
	void demoResumesAreParsedAndCarryNoProtectedAttributes() {
		List<String> profiles = jdbc.queryForList("""
				select profile::text from recruitment.candidate where tenant_id = 'demo' and phone like '1580351%'""",
				String.class);
		assertThat(profiles).hasSizeGreaterThanOrEqualTo(60).allMatch(profile -> profile != null);
		assertThat(String.join("\n", profiles)).doesNotContain("性别", "民族", "出生", "婚", "政治面貌", "党员", "年龄");
		assertThat(profiles).anyMatch(profile -> profile.contains("注册安全工程师"))
			.anyMatch(profile -> profile.contains("Spring Boot"));
	}

	@Test
	void acmeHasOneOpenRequisitionWithFiveEnglishApplicants() {
		assertThat(count("""
				select count(*) from recruitment.requisition where tenant_id = 'acme' and status = 'OPEN' and created_by = 'system'"""))
			.isEqualTo(1);
		List<String> names = jdbc.queryForList("""
				select c.name from recruitment.candidate c where c.tenant_id = 'acme' and c.phone like '155501%'""", String.class);
		assertThat(names).hasSize(5).allMatch(name -> name.matches("[A-Za-z]+ [A-Za-z]+"));
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private String positionId(String tenant, String code) {
		return jdbc.queryForObject("select id::text from organization.position where tenant_id = ? and code = ?",
				String.class, tenant, code);
	}
}
