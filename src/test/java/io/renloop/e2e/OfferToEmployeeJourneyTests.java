package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.renloop.onboarding.OfferFixtures;
import io.renloop.onboarding.OnboardingFixtures;
import io.renloop.platform.DevOutbox;
import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first half of the loop in real Chromium: a recruiter makes an offer, the department head approves it on a
 * phone-sized screen and HR after them, the candidate accepts on the phone and signs with the code mailed to them,
 * the new hire fills in the onboarding form, signs the labour contract with a code and submits on the phone, and HR
 * completes the case and sees the employee whose timeline starts with the candidacy.
 */
@RenloopIntegrationTest
class OfferToEmployeeJourneyTests extends BrowserTest {

	private static final String CANDIDATE = "韩立成";

	private static final Pattern TOKEN_PATH = Pattern.compile("(/(?:offer|onboarding)/[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DevOutbox outbox;

	@TempDir
	Path files;

	@Test
	void recruiterOffersManagerApprovesCandidateSignsNewHireOnboardsHrSeesTheEmployee() throws IOException {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		OfferFixtures.Application application = OfferFixtures.applicationInInterviews(hr,
				OfferFixtures.newSlot(hr, new DemoData(jdbc), DemoData.DEMO, "PROD", "MINING", 2), CANDIDATE);

		try (BrowserContext desktop = browser.newContext(1280, 900, "zh-CN")) {
			Page recruiter = Browser.signIn(desktop, port, "recruiter@demo.example");
			recruiter.navigate(url("/onboarding/applications/" + application.id() + "/offers"));
			recruiter.locator("#monthlySalary").fill("15000");
			recruiter.locator("#startDate").fill(LocalDate.now().plusDays(20).toString());
			recruiter.locator("#probationMonths").fill("3");
			recruiter.locator("#language").selectOption("zh");
			recruiter.locator("#make-offer").click();
			assertThat(recruiter.locator("#offer-status")).containsText("审批中");
		}

		approveOnAPhone("manager@demo.example");
		approveOnAPhone("hr@demo.example");

		String offerPath = mailedLink(application.email(), "/offer/");
		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page candidate = phone.newPage();
			candidate.navigate(url(offerPath));
			assertThat(candidate.locator("#candidate-offer")).containsText("15,000.00");
			candidate.locator("#accept").click();
			Locator code = candidate.locator("#code");
			assertThat(code).isVisible();
			code.fill(OfferFixtures.mailedCode(outbox, DemoData.DEMO, application.email()));
			candidate.locator("#confirm").click();
			assertThat(candidate.locator("#signed")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			candidate.screenshot(screenshot("offer-signed-phone"));
		}

		String onboardingPath = mailedLink(application.email(), "/onboarding/");
		Path idCard = files.resolve("id-card.png");
		Files.write(idCard, OnboardingFixtures.PNG);
		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page newHire = phone.newPage();
			newHire.navigate(url(onboardingPath));
			assertThat(newHire.locator("#name")).hasValue(CANDIDATE);
			newHire.locator("#idType").selectOption("PRC_ID");
			newHire.locator("#idNumber").fill(OnboardingFixtures.residentId(LocalDate.of(1994, 8, 16)));
			newHire.locator("#address").fill("山西省太原市小店区长风街 8 号");
			newHire.locator("[name='emergencyContact.name']").fill("韩秀英");
			newHire.locator("[name='emergencyContact.relation']").fill("母亲");
			newHire.locator("[name='emergencyContact.phone']").fill("13900002222");
			newHire.locator("[name='bank.bankName']").fill("中国建设银行");
			newHire.locator("[name='bank.cardNumber']").fill(OnboardingFixtures.bankCard("621700123456789012"));
			newHire.locator("#save").click();
			assertThat(newHire.locator("#message")).hasClass(Pattern.compile("alert-success"));
			Instant codeAsked = Instant.now().minusSeconds(1);
			newHire.locator("#contract-accept").click();
			assertThat(newHire.locator("#contract-code-step")).isVisible();
			newHire.locator("#contract-code")
				.fill(OnboardingFixtures.contractCode(jdbc, DemoData.DEMO, application.email(), codeAsked));
			newHire.locator("#contract-confirm").click();
			assertThat(newHire.locator("#contract-signed")).isVisible();
			newHire.locator("#upload input[type=file]").setInputFiles(idCard);
			newHire.locator("#upload button[type=submit]").click();
			assertThat(newHire.locator("#documents li")).hasCount(1);
			newHire.locator("#submit").click();
			assertThat(newHire.locator("#done")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			newHire.screenshot(screenshot("onboarding-submitted-phone"));
		}

		String caseId = jdbc.queryForObject("select id::text from onboarding.onboarding_case where application_id = ?",
				String.class, application.id());
		try (BrowserContext desktop = browser.newContext(1280, 900, "zh-CN")) {
			Page hrPage = Browser.signIn(desktop, port, "hr@demo.example");
			hrPage.navigate(url("/onboarding-cases/" + caseId));
			hrPage.locator("#complete").click();
			assertThat(hrPage.locator("#employee-name")).containsText(CANDIDATE);
			Locator timeline = hrPage.locator("#timeline");
			assertThat(timeline).containsText("应聘");
			assertThat(timeline).containsText("录用");
			assertThat(timeline).containsText("电子签署");
			assertThat(timeline).containsText("劳动合同签署");
			assertThat(timeline).containsText("入职办理");
			hrPage.screenshot(screenshot("new-employee-timeline"));
		}
		assertThat(jdbc.queryForObject("""
				select e.hire_date from employee.employee e
				join onboarding.onboarding_case c on c.employee_id = e.id where c.id = ?::uuid""", LocalDate.class,
				caseId)).isEqualTo(LocalDate.now().plusDays(20));
	}

	/** The approver opens the inbox on a phone-sized screen and approves the candidate's offer. */
	private void approveOnAPhone(String login) {
		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page page = Browser.signIn(phone, port, login);
			page.navigate(url("/approvals"));
			Locator task = page.locator(".approval-task", new Page.LocatorOptions().setHasText(CANDIDATE));
			assertThat(task).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
			assertThat(task).containsText("入职日期");
			task.locator("textarea").fill("同意录用");
			task.locator("button[value='APPROVED']").click();
			assertThat(page.locator("#approval-notice")).isVisible();
		}
	}

	/** The path of the newest link of that kind mailed to the address, as its recipient would follow it. */
	private String mailedLink(String email, String kind) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> newestLink(email, kind), Optional::isPresent)
			.orElseThrow();
	}

	private Optional<String> newestLink(String email, String kind) {
		return SystemActor.callAs(DemoData.DEMO, () -> outbox.messages(0, 200))
			.content()
			.stream()
			.filter(message -> message.to().equals(email))
			.map(message -> TOKEN_PATH.matcher(message.text()))
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.filter(path -> path.startsWith(kind))
			.findFirst();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
