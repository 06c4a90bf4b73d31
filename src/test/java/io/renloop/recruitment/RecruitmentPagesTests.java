package io.renloop.recruitment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HR edits a competency model in the browser, accepting a suggestion of the ideal profile; a recruiter searches
 * the talent pool and follows a hit to the candidate's page. Also on a phone-sized screen. The language comes from
 * the browser: switching it with {@code ?lang=} would store a preference that other tests of the shared database
 * do not expect.
 */
@RenloopIntegrationTest
class RecruitmentPagesTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hrAcceptsAnIdealProfileSuggestionAndSavesTheModel() {
		UUID position = positionHeldByCertifiedEmployees();
		try (BrowserContext context = browser.newContext(1280, 900, "zh-CN")) {
			Page page = signIn(context, "hr@demo.example");
			page.navigate(url("/recruitment/positions/" + position + "/competency-model"));
			assertThat(page.locator("#ideal-profile")).containsText("从在岗员工推导的理想画像");
			assertThat(page.locator("#ideal-profile")).containsText("2 人中 2 人");

			page.locator("#ideal-profile button[value='certificate:注册安全工程师']").click();
			assertThat(page.locator("#accepted")).isVisible();
			assertThat(page.locator("#requiredCertificates")).hasValue("注册安全工程师");

			page.locator("#dimensions0\\.name").fill("安全意识");
			page.locator("#dimensions0\\.weight").fill("0.6");
			page.locator("#save").click();
			assertThat(page.locator("#errors")).containsText("权重");

			page.locator("#dimensions0\\.weight").fill("1");
			page.locator("#save").click();
			assertThat(page.locator("#saved")).isVisible();
			page.screenshot(screenshot("competency-model-zh"));
		}
		String saved = ApiClient.as(port, "hr@demo.example")
			.get("/api/v1/positions/" + position + "/competency-model")
			.body();
		org.assertj.core.api.Assertions.assertThat(saved).contains("注册安全工程师", "安全意识");
	}

	@Test
	void recruiterFindsACandidateInTheTalentPoolOnAPhone() {
		MatchingFixtures demo = new MatchingFixtures(port, "hr@demo.example");
		String requisition = demo.openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"),
				MatchingFixtures.mineSafetyModel());
		String marker = MatchingFixtures.marker();
		String candidate = demo.apply(requisition, "杨人才", MatchingFixtures.mineSafetyEngineer("杨人才", marker))
			.get("candidateId")
			.asString();
		demo.awaitFound(marker, candidate, true);
		try (BrowserContext context = browser.newContext(390, 844, "en-US")) {
			Page page = signIn(context, "recruiter@demo.example");
			page.navigate(url("/recruitment/talent-pool"));
			page.locator("#q").fill(marker);
			page.locator("#talent-search button[type=submit]").click();

			assertThat(page.locator("#talent-table")).containsText("杨人才");
			assertThat(page.locator("#talent-table")).containsText("注册安全工程师");
			assertThat(page.locator("#talent-table a", new Page.LocatorOptions().setHasText("杨人才")))
				.hasAttribute("href", "/recruitment/candidates/" + candidate);
			page.screenshot(screenshot("talent-pool-phone-en"));
		}
	}

	private UUID positionHeldByCertifiedEmployees() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID department = new DemoData(jdbc).departmentId(DEMO, "MINING");
		UUID position = UUID.fromString(hr.post("/api/v1/positions",
				Map.of("code", TestUsers.unique("PG"), "name", "安全检查员 " + TestUsers.unique("P")))
			.json()
			.get("id")
			.asString());
		for (int i = 0; i < 2; i++) {
			org.assertj.core.api.Assertions.assertThat(hr.post("/api/v1/employees", Map.of("employeeNo",
					TestUsers.unique("PG"), "name", "页面员工" + i, "departmentId", department, "positionId", position,
					"hireDate", LocalDate.now().minusYears(3).toString(), "certificates",
					List.of(Map.of("name", "注册安全工程师")))).status()).isEqualTo(201);
		}
		return position;
	}

	private Page signIn(BrowserContext context, String login) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.locator("#username").fill(login);
		page.locator("#password").fill(ApiClient.PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL(url("/"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
