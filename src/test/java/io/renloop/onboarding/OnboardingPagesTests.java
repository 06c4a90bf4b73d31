package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.shared.Masking;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages: the new hire's phone page opens without a login and shows what the candidacy told us, in Chinese or
 * English; HR lists the cases, sees a case with its personal information masked and completes it into an employee.
 */
@RenloopIntegrationTest
class OnboardingPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OnboardingCases cases;

	@Test
	void theNewHireAndHrWorkTheCaseOnTheirPages() {
		Map<String, Object> candidacy = jdbc.queryForMap("""
				select a.id as application_id, a.candidate_id, a.requisition_id, r.department_id, r.position_id
				from recruitment.application a join recruitment.requisition r on r.id = a.requisition_id
				where a.tenant_id = 'demo' and a.stage = 'OFFER' order by a.created_at desc limit 1""");
		Instant sent = Instant.now().minusSeconds(1);
		UUID caseId = SystemActor.callAs(DEMO,
				() -> cases.open(OnboardingFixtures.offer(DEMO, candidacy, LocalDate.now().plusDays(30))));
		String name = jdbc.queryForObject("select candidate_name from onboarding.onboarding_case where id = ?",
				String.class, caseId);
		String token = OnboardingFixtures.linkToken(jdbc, DEMO, name, sent);

		BrowserSession newHire = new BrowserSession(port);
		BrowserSession.Page page = newHire.get("/onboarding/" + token + "?lang=zh-CN");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("入职信息", "value=\"" + name + "\"", "/js/new-hire.js");
		assertThat(newHire.get("/onboarding/" + token + "?lang=en").body()).contains("Your onboarding");
		assertThat(newHire.get("/onboarding/" + "B".repeat(43)).status()).isEqualTo(404);

		ApiClient api = ApiClient.anonymous(port);
		@SuppressWarnings("unchecked")
		Map<String, Object> info = OnboardingFixtures.completed(JsonMapper.builder().build()
			.convertValue(api.get("/api/v1/onboarding/" + token).json().get("personalInfo"), Map.class));
		assertThat(api.put("/api/v1/onboarding/" + token + "/personal-info", info).status()).isEqualTo(200);
		OnboardingFixtures.signContract(api, jdbc, DEMO, token, (String) info.get("email"));
		assertThat(api.post("/api/v1/onboarding/" + token + "/submit", null).status()).isEqualTo(200);
		assertThat(newHire.get("/onboarding/" + token + "?lang=en").body()).contains("Thank you!")
			.doesNotContain("id=\"personal-info\"");

		BrowserSession hr = new BrowserSession(port);
		// a fresh HR login: switching the language stores it for the user
		assertThat(hr.signIn(TestUsers.createUser(administration, DEMO, Role.HR_ADMIN), ApiClient.PASSWORD).status())
			.isEqualTo(302);
		assertThat(hr.get("/onboarding-cases?lang=en").body()).contains("Onboarding cases", name);
		BrowserSession.Page detail = hr.get("/onboarding-cases/" + caseId + "?lang=zh-CN");
		assertThat(detail.body()).contains(Masking.idNumber(info.get("idNumber").toString()), "劳动合同", "门禁卡")
			.doesNotContain(info.get("idNumber").toString());
		BrowserSession.Page completed = hr.postForm("/onboarding-cases/" + caseId + "/complete",
				Map.of("_csrf", BrowserSession.csrfTokenOf(detail)));
		assertThat(completed.status()).isEqualTo(302);
		String employeeId = jdbc.queryForObject("select employee_id::text from onboarding.onboarding_case where id = ?",
				String.class, caseId);
		assertThat(completed.location()).endsWith("/employees/" + employeeId);
	}
}
