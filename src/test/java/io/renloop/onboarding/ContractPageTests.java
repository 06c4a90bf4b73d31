package io.renloop.onboarding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.BrowserTest;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The contract step of the new hire's phone page in Chromium (accept, code, signed, submit) and HR's case page. */
@RenloopIntegrationTest
class ContractPageTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Autowired
	OnboardingCases cases;

	@Test
	void theNewHireSignsTheContractOnThePhoneAndHrSeesItSigned() {
		Map<String, Object> candidacy = jdbc.queryForMap("""
				select a.id as application_id, a.candidate_id, a.requisition_id, r.department_id, r.position_id
				from recruitment.application a join recruitment.requisition r on r.id = a.requisition_id
				where a.tenant_id = 'demo' and a.stage = 'OFFER' order by a.created_at desc limit 1""");
		Instant opened = Instant.now().minusSeconds(1);
		UUID caseId = SystemActor.callAs(DEMO,
				() -> cases.open(OnboardingFixtures.offer(DEMO, candidacy, LocalDate.now().plusDays(30))));
		String name = jdbc.queryForObject("select candidate_name from onboarding.onboarding_case where id = ?",
				String.class, caseId);
		String token = OnboardingFixtures.linkToken(jdbc, DEMO, name, opened);
		ApiClient api = ApiClient.anonymous(port);
		String email = "phone." + caseId.toString().substring(0, 8) + "@example.com";
		@SuppressWarnings("unchecked")
		Map<String, Object> info = new HashMap<>(OnboardingFixtures.completed(JsonMapper.builder().build()
			.convertValue(api.get("/api/v1/onboarding/" + token).json().get("personalInfo"), Map.class)));
		info.put("email", email);

		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/onboarding/" + token + "?lang=zh-CN");
			assertThat(page.locator("#contract-waiting")).isVisible();
			assertThat(page.locator("#contract-accept")).isHidden();
			org.assertj.core.api.Assertions.assertThat(
					api.put("/api/v1/onboarding/" + token + "/personal-info", info).status()).isEqualTo(200);
			page.reload();
			assertThat(page.locator("#contract h2")).hasText("劳动合同");
			assertThat(page.locator("#contract-view")).hasAttribute("href", "/api/v1/onboarding/" + token + "/contract.pdf");
			page.locator("#submit").click();
			assertThat(page.locator("#message")).containsText("请先签署劳动合同");
			Instant accepted = Instant.now().minusSeconds(1);
			page.locator("#contract-accept").click();
			assertThat(page.locator("#contract-code-step")).isVisible();
			assertThat(page.locator("#message")).containsText("验证码已发送");
			page.locator("#contract-code").fill("000000".equals(code(email, accepted)) ? "000001" : "000000");
			page.locator("#contract-confirm").click();
			assertThat(page.locator("#message")).containsText("验证码不正确");
			page.locator("#contract-code").fill(code(email, accepted));
			page.locator("#contract-confirm").click();
			assertThat(page.locator("#contract-signed")).isVisible();
			assertThat(page.locator("#contract-steps")).isHidden();
			page.locator("#submit").click();
			assertThat(page.locator("#done")).isVisible();
		}

		// a fresh HR login: switching the language stores it for the user, and the shared demo HR must keep theirs
		BrowserSession hr = new BrowserSession(port);
		hr.signIn(TestUsers.createUser(administration, DEMO, Role.HR_ADMIN), ApiClient.PASSWORD);
		org.assertj.core.api.Assertions.assertThat(hr.get("/onboarding-cases/" + caseId + "?lang=zh-CN").body())
			.contains("id=\"contract-state\"", "已签署", "/onboarding-cases/" + caseId + "/contract.pdf");
		BrowserSession.Page download = hr.get("/onboarding-cases/" + caseId + "/contract.pdf");
		org.assertj.core.api.Assertions.assertThat(download.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(download.body()).startsWith("%PDF-");
		org.assertj.core.api.Assertions.assertThat(hr.get("/onboarding-cases/" + caseId + "?lang=en").body())
			.contains("Labour contract", "Signed");
	}

	private String code(String email, Instant since) {
		return OnboardingFixtures.contractCode(jdbc, DEMO, email, since);
	}
}
