package io.renloop.recruitment;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The talent pool through the API: applicants become searchable within their tenant, recommendations leave out
 * applicants, expired consent and other tenants, the index is rebuilt from the database and forgets erased
 * candidates.
 */
@RenloopIntegrationTest
class TalentPoolApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TalentPoolIndex index;

	DemoData data;

	MatchingFixtures demo;

	String requisition;

	@BeforeEach
	void openRequisition() {
		data = new DemoData(jdbc);
		demo = new MatchingFixtures(port, "hr@demo.example");
		requisition = demo.openRequisition(data.departmentId(DEMO, "MINING"), MatchingFixtures.mineSafetyModel());
	}

	@Test
	void applicantsBecomeSearchableWithTheirQualifications() {
		String marker = MatchingFixtures.marker();
		String candidate = demo.apply(requisition, "吴搜索", MatchingFixtures.mineSafetyEngineer("吴搜索", marker))
			.get("candidateId")
			.asString();

		demo.awaitFound(marker, candidate, true);

		JsonNode hit = demo.search(marker)
			.valueStream()
			.filter(h -> h.get("candidateId").asString().equals(candidate))
			.findFirst()
			.orElseThrow();
		assertThat(hit.get("name").asString()).isEqualTo("吴搜索");
		assertThat(hit.get("headline").asString()).contains("安全部经理");
		assertThat(hit.get("certificates").toString()).contains("注册安全工程师");
		assertThat(hit.get("skills").size()).isPositive();
		assertThat(hit.get("relevance").asDouble()).isPositive();
	}

	@Test
	void searchesAreAuditedAsReadsOfPersonalData() {
		String marker = MatchingFixtures.marker();
		demo.search(marker);

		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event where tenant_id = ? and action = 'READ_SENSITIVE'
				and entity_type = 'TalentPool' and after_state::text like ?""", Long.class, DEMO, "%" + marker + "%"))
			.isEqualTo(1);
	}

	@Test
	void blankQueryIsAProblem() {
		JsonNode problem = assertProblem(ApiClient.as(port, "recruiter@demo.example")
			.get("/api/v1/talent-pool/search?q=%20"), 400);
		assertThat(errorFields(problem)).containsExactly("q");
	}

	@Test
	void acmeCannotFindDemoCandidates() {
		String marker = MatchingFixtures.marker();
		String candidate = demo.apply(requisition, "郑隔离", MatchingFixtures.mineSafetyEngineer("郑隔离", marker))
			.get("candidateId")
			.asString();
		demo.awaitFound(marker, candidate, true);

		JsonNode acmeHits = new MatchingFixtures(port, "hr@acme.example").search(marker + " 注册安全工程师 郑隔离");

		assertThat(MatchingFixtures.candidateIds(acmeHits)).doesNotContain(candidate)
			.allSatisfy(id -> assertThat(data.tenantOf("recruitment.candidate", id)).isEqualTo(ACME));
	}

	@Test
	void recommendationsLeaveOutApplicantsExpiredConsentAndOtherTenants() {
		String otherRequisition = demo.openRequisition(data.departmentId(DEMO, "MINING"),
				MatchingFixtures.mineSafetyModel());
		String marker = MatchingFixtures.marker();
		String pooled = applyAndIndex(otherRequisition, "冯人才", marker);
		String applied = applyAndIndex(requisition, "陈已投", marker);
		String expired = applyAndIndex(otherRequisition, "褚过期", marker);
		jdbc.update("update recruitment.candidate set retain_until = current_date - 1 where id = ?::uuid", expired);
		MatchingFixtures acme = new MatchingFixtures(port, "hr@acme.example");
		String acmeRequisition = acme.openRequisition(data.departmentId(ACME, "ENGR"),
				MatchingFixtures.mineSafetyModel());
		String foreign = acme.apply(acmeRequisition, "Acme Safety",
				MatchingFixtures.mineSafetyEngineer("Acme Safety", marker)).get("candidateId").asString();
		acme.awaitFound(marker, foreign, true);

		ApiClient.Response response = ApiClient.as(port, "recruiter@demo.example")
			.get("/api/v1/requisitions/" + requisition + "/recommendations?size=200");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode recommended = response.json();
		assertThat(MatchingFixtures.candidateIds(recommended)).contains(pooled)
			.doesNotContain(applied, expired, foreign);
		JsonNode first = recommended.get(0);
		assertThat(first.get("factors").size()).isPositive();
		assertThat(first.get("score").asDouble()).isGreaterThanOrEqualTo(recommended.get(1).get("score").asDouble());
	}

	@Test
	void rebuildRestoresTheIndexFromTheDatabase() {
		String marker = MatchingFixtures.marker();
		String candidate = applyAndIndex(requisition, "卫重建", marker);
		index.delete(candidate);
		demo.awaitFound(marker, candidate, false);

		ApiClient.Response rebuild = ApiClient.as(port, "hr@demo.example").post("/api/v1/talent-pool/rebuild", null);

		assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
		demo.awaitFound(marker, candidate, true);
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event where tenant_id = ? and action = 'REBUILD'
				and entity_type = 'TalentPool'""", Long.class, DEMO)).isPositive();
	}

	@Test
	void erasedCandidatesLeaveTheIndex() {
		String marker = MatchingFixtures.marker();
		String candidate = applyAndIndex(requisition, "蒋删除", marker);

		assertThat(ApiClient.as(port, "hr@demo.example").delete("/api/v1/candidates/" + candidate).status())
			.isEqualTo(204);

		demo.awaitFound(marker, candidate, false);
	}

	private String applyAndIndex(String requisitionId, String name, String marker) {
		String candidate = demo.apply(requisitionId, name, MatchingFixtures.mineSafetyEngineer(name, marker))
			.get("candidateId")
			.asString();
		demo.awaitFound(marker, candidate, true);
		return candidate;
	}
}
