package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.renloop.platform.DevOutbox;
import io.renloop.platform.Role;
import io.renloop.platform.SignatureVerification;
import io.renloop.platform.SignatureVerifier;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The employee resigns on the phone with the last day today, the manager and HR approve, HR works the whole
 * checklist on the case page and ends the employment; the leaver's session is over, yet the link of the last day
 * opens their documents on the same phone without a login and downloads the signed leaving certificate.
 */
@RenloopIntegrationTest
class LeaverDownloadsTheCertificateAfterTheLoginIsGoneJourneyTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Autowired
	DevOutbox outbox;

	private static final Pattern LINK = Pattern.compile("/leaving-documents/[A-Za-z0-9_-]{43}");

	@Test
	void resignApproveHandOverDepartAndDownloadTheCertificateWithoutLogin() throws IOException {
		DemoData demo = new DemoData(jdbc);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String name = "旅程离职" + TestUsers.unique("").substring(0, 3);
		String email = TestUsers.unique("alumnus") + "@mail.test";
		ApiClient.Response hired = hr.post("/api/v1/employees", Map.of("employeeNo", TestUsers.unique("JL"), "name", name,
				"email", email, "departmentId", demo.departmentId(DEMO, "ELEC"), "managerId",
				demo.employeeOfUser("manager@demo.example"), "hireDate", "2022-03-01", "status", "ACTIVE"));
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		UUID employee = UUID.fromString(hired.json().get("id").asString());
		String login = TestUsers.unique("leave") + "@demo.test";
		administration.createUser(new NewUser(DEMO, login, name, ApiClient.PASSWORD, Set.of(Role.EMPLOYEE), null, null,
				employee));
		LocalDate today = jdbc.queryForObject("select (now() at time zone t.time_zone)::date from platform.tenant t "
				+ "where t.id = 'demo'", LocalDate.class);

		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page me = Browser.signIn(phone, port, login);
			me.navigate(url("/me/resignation?lang=zh-CN"));
			me.locator("#lastDay").fill(today.toString());
			me.locator("#reason").fill("回老家照顾父母");
			me.locator("#resign-form button[type=submit]").click();
			assertThat(me.locator("#my-status")).isVisible();
			me.screenshot(screenshot("offboarding-phone-resigned"));
			String caseId = caseOf(hr, employee);

			approveOnThePage("manager@demo.example", name);
			approveOnThePage("hr@demo.example", name);
			assertThat(Eventually.await(() -> "APPROVED".equals(hr.get("/api/v1/offboarding/cases/" + caseId).json()
				.get("status").asString()) ? true : null)).isTrue();

			String link;
			try (BrowserContext desk = browser.newContext(1366, 900, "zh-CN")) {
				Page page = Browser.signIn(desk, port, "hr@demo.example");
				page.navigate(url("/offboarding/cases/" + caseId + "?lang=zh-CN"));
				Locator open = page.locator("#checklist form button");
				while (open.count() > 0) {
					int before = open.count();
					open.first().click();
					assertThat(open).hasCount(before - 1);
				}
				page.locator("#depart").click();
				assertThat(page.locator("#case-status")).hasText("已离职");
				assertThat(page.locator("#leaver-link")).containsText("/leaving-documents/");
				assertThat(page.locator("#hr-doc-leaving-certificate a")).isVisible();
				page.screenshot(screenshot("offboarding-hr-documents"));
			}

			me.navigate(url("/me"));
			assertThat(me).hasURL(Pattern.compile(".*/login.*"));
			link = mailedLink(email);
			me.navigate(url(link));
			assertThat(me.locator("#leaver-name")).hasText(name);
			assertThat(me.locator("#doc-leaving-certificate")).containsText("离职证明");
			me.screenshot(screenshot("offboarding-phone-leaving-documents"));
			Download download = me.waitForDownload(() -> me.locator("#doc-leaving-certificate a").click());
			byte[] pdf = Files.readAllBytes(download.path());

			SignatureVerification verification = new SignatureVerifier().verify(pdf);
			assertThat(verification.valid()).as(verification.problem()).isTrue();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("离职证明", name, "2022-03-01",
					today.toString()).doesNotContain("回老家照顾父母");
			}
		}
	}

	/** The approver finds the leaver's case in their inbox page and approves it. */
	private void approveOnThePage(String login, String leaver) {
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = Browser.signIn(context, port, login);
			page.navigate(url("/approvals"));
			Locator task = page.locator(".approval-task", new Page.LocatorOptions().setHasText(leaver));
			assertThat(task).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
			task.locator("textarea").fill("同意，做好交接");
			task.locator("button[value='APPROVED']").click();
			assertThat(page.locator("#approval-notice")).isVisible();
		}
	}

	/** The path of the documents link mailed to the leaver's address on the last day. */
	private String mailedLink(String email) {
		return Eventually.await(() -> SystemActor.callAs(DEMO, () -> outbox.messages(0, 200))
			.content()
			.stream()
			.filter(message -> message.to().equals(email))
			.map(message -> LINK.matcher(message.text()))
			.filter(Matcher::find)
			.map(Matcher::group)
			.findFirst()
			.orElse(null));
	}

	private static String caseOf(ApiClient hr, UUID employee) {
		for (JsonNode c : hr.get("/api/v1/offboarding/cases").json()) {
			if (c.get("employeeId").asString().equals(employee.toString())) {
				return c.get("id").asString();
			}
		}
		throw new AssertionError("no case of " + employee);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
