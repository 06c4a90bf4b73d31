package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.onboarding.OfferFixtures.Application;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalOutcome;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** HR makes an offer from the application's offer page; the candidate opens the phone page behind the link. */
@RenloopIntegrationTest
class OfferPageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void hrMakesAnOfferWithTheFormAndTheCandidateReadsItOnThePhonePage() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		BrowserSession browser = new BrowserSession(port);
		OfferForm form = openForm(hr, browser, "陈页面");
		BrowserSession.Page made = form.submit(browser, "2");
		assertThat(made.status()).as(made.body()).isEqualTo(302);
		String offerId = made.location().substring(made.location().lastIndexOf('/') + 1);

		JsonNode approved = OfferFixtures.decide(events, transactions, hr, DEMO, offerId, ApprovalOutcome.APPROVED,
				null);
		BrowserSession.Page detail = browser.get("/onboarding/offers/" + offerId);
		assertThat(detail.body()).contains(approved.get("candidateUrl").asString(), "preview.pdf");
		assertThat(browser.get("/onboarding/offers/" + offerId + "/preview.pdf").body()).startsWith("%PDF-");

		BrowserSession.Page phone = new BrowserSession(port).get("/offer/" + OfferFixtures.token(approved));
		assertThat(phone.status()).isEqualTo(200);
		assertThat(phone.body()).contains("Your offer", "13,500.00", "Accept the offer", "candidate-offer.js");
		assertThat(new BrowserSession(port).get("/offer/" + OfferFixtures.token(approved) + "?lang=zh").body())
			.contains("您的录用通知", "接受录用");
	}

	@Test
	void theFormIsValidatedLikeTheApiAndTheErrorNamesTheField() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		BrowserSession browser = new BrowserSession(port);
		OfferForm form = openForm(hr, browser, "陈表单");

		BrowserSession.Page refused = form.submit(browser, "9");

		assertThat(refused.status()).as("the form again, not a redirect to a new offer").isEqualTo(200);
		assertThat(refused.body()).contains("offer-form", "id=\"error\"")
			.as("the error names the field by its label, in the page's language")
			.containsAnyOf("Probation (months): ", "试用期（月）: ");
		assertThat(hr.get("/api/v1/applications/" + form.application().id() + "/offers").json().size()).isZero();
	}

	/** HR, signed in with {@code browser}, on the offer page of a fresh application in interviews. */
	private OfferForm openForm(ApiClient hr, BrowserSession browser, String candidate) {
		Application application = OfferFixtures.applicationInInterviews(hr,
				OfferFixtures.newSlot(hr, new DemoData(jdbc), DEMO, "PROD", "MINING", 1), candidate);
		browser.signIn("hr@demo.example", ApiClient.PASSWORD);
		BrowserSession.Page page = browser.get("/onboarding/applications/" + application.id() + "/offers");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("offer-form");
		return new OfferForm(application, BrowserSession.csrfTokenOf(page));
	}

	/** The offer form of an application's page, filled in for an English offer of 13,500 starting in 20 days. */
	record OfferForm(Application application, String csrf) {

		BrowserSession.Page submit(BrowserSession browser, String probationMonths) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("monthlySalary", "13500");
			fields.put("startDate", LocalDate.now().plusDays(20).toString());
			fields.put("probationMonths", probationMonths);
			fields.put("language", "en");
			fields.put("_csrf", csrf);
			return browser.postForm("/onboarding/applications/" + application.id() + "/offers", fields);
		}
	}
}
