package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A candidate gets a copy of everything held about them, and can have it erased: the personal data goes,
 * the anonymous applications stay. Both are audited and need CANDIDATE_PRIVACY.
 */
@RenloopIntegrationTest
class CandidatePrivacyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	String requisition;

	String phone;

	String candidate;

	String application;

	@BeforeEach
	void applyAndScreen() {
		hr = ApiClient.as(port, "hr@demo.example");
		requisition = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "SAFETY"));
		phone = RecruitmentFixtures.uniquePhone();
		String text = RecruitmentFixtures.resumeWithoutContacts("隐私测", "中国矿业大学", "山西焦煤集团有限责任公司")
				+ "电话：" + phone + "\n邮箱：privacy" + phone + "@example.com\n";
		JsonNode receipt = hr.post("/api/v1/requisitions/" + requisition + "/applications",
				Map.of("name", "隐私测", "phone", phone, "email", "privacy" + phone + "@example.com", "text", text,
						"channel", "LIEPIN", "cost", 680, "consent", true))
			.json();
		candidate = receipt.get("candidateId").asString();
		application = receipt.get("applicationId").asString();
		assertThat(hr.post("/api/v1/applications/" + application + "/transitions", Map.of("to", "SCREENED")).status())
			.isEqualTo(200);
	}

	@Test
	void exportHoldsContactsProfileResumeApplicationsAndHistoryAndIsAudited() {
		ApiClient.Response export = hr.get("/api/v1/candidates/" + candidate + "/export");

		assertThat(export.status()).as(export.body()).isEqualTo(200);
		JsonNode json = export.json();
		assertThat(json.at("/candidate/name").asString()).isEqualTo("隐私测");
		assertThat(json.at("/candidate/phone").asString()).isEqualTo(phone);
		assertThat(json.at("/candidate/email").asString()).isEqualTo("privacy" + phone + "@example.com");
		assertThat(json.at("/candidate/profile/certificates").toString()).contains("注册安全工程师");
		assertThat(json.get("resumeText").asString()).contains("隐患排查").contains(phone);
		assertThat(json.at("/candidate/applications/0/application/requisitionId").asString()).isEqualTo(requisition);
		assertThat(json.at("/candidate/applications/0/history").valueStream().map(h -> h.get("to").asString()))
			.containsExactly("APPLIED", "SCREENED");
		assertThat(json.get("erasedAt").isNull()).isTrue();
		assertThat(auditEntries("READ_SENSITIVE", "hr@demo.example")).isEqualTo(1);
	}

	@Test
	void erasureRemovesPersonalDataKeepsApplicationsAndIsAudited() {
		assertThat(hr.delete("/api/v1/candidates/" + candidate).status()).isEqualTo(204);

		Map<String, Object> row = jdbc.queryForMap("""
				select name, phone, email, profile, resume_text_enc, resume_simhash, erased_at
				from recruitment.candidate where id = ?::uuid""", candidate);
		assertThat(row.get("erased_at")).isNotNull();
		row.remove("erased_at");
		assertThat(row.values()).containsOnlyNulls();
		assertThat(jdbc.queryForObject("select count(*) from recruitment.application where candidate_id = ?::uuid",
				Long.class, candidate)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from recruitment.application_history where application_id = ?::uuid",
				Long.class, application)).isEqualTo(2);
		assertThat(auditEntries("ERASE", "hr@demo.example")).isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select after_state from platform.audit_event where entity_id = ? and action = 'ERASE'""", String.class,
				candidate)).contains("REQUEST").contains("resumeText").doesNotContain("隐私测").doesNotContain(phone);

		JsonNode after = hr.get("/api/v1/candidates/" + candidate).json();
		assertThat(after.get("name").isNull()).isTrue();
		assertThat(after.toString()).doesNotContain(phone).doesNotContain("隐私测");
		assertThat(hr.get("/api/v1/requisitions/" + requisition + "/applications").json().get(0).get("stage").asString())
			.isEqualTo("SCREENED");
		JsonNode export = hr.get("/api/v1/candidates/" + candidate + "/export").json();
		assertThat(export.get("resumeText").isNull()).isTrue();
		assertThat(export.get("erasedAt").isNull()).isFalse();
	}

	@Test
	void erasingTwiceIsAConflict() {
		assertThat(hr.delete("/api/v1/candidates/" + candidate).status()).isEqualTo(204);
		assertProblem(hr.delete("/api/v1/candidates/" + candidate), 409);
		assertThat(auditEntries("ERASE", "hr@demo.example")).isEqualTo(1);
	}

	@Test
	void theSamePersonApplyingAfterErasureIsANewCandidate() {
		assertThat(hr.delete("/api/v1/candidates/" + candidate).status()).isEqualTo(204);
		String other = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "SAFETY"));
		JsonNode receipt = hr.post("/api/v1/requisitions/" + other + "/applications",
				Map.of("name", "隐私测", "phone", phone, "channel", "BOSS", "consent", true)).json();
		assertThat(receipt.get("candidateId").asString()).isNotEqualTo(candidate);
		assertThat(receipt.get("duplicateOf").isNull()).isTrue();
	}

	@Test
	void recruitersMayNeitherExportNorErase() {
		ApiClient recruiter = ApiClient.as(port, "recruiter@demo.example");
		assertProblem(recruiter.get("/api/v1/candidates/" + candidate + "/export"), 403);
		assertProblem(recruiter.delete("/api/v1/candidates/" + candidate), 403);
		assertThat(jdbc.queryForObject("select name from recruitment.candidate where id = ?::uuid", String.class,
				candidate)).isEqualTo("隐私测");
	}

	private long auditEntries(String action, String actor) {
		return jdbc.queryForObject("""
				select count(*) from platform.audit_event
				where tenant_id = 'demo' and entity_type = 'Candidate' and entity_id = ? and action = ? and actor = ?""",
				Long.class, candidate, action, actor);
	}
}
