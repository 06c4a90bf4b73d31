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
		Application application = OfferFixtures.applicationInInterviews(hr,
				OfferFixtures.newSlot(hr, new DemoData(jdbc), DEMO, "PROD", "MINING", 1), "陈页面");
		BrowserSession browser = new BrowserSession(port);
		browser.signIn("hr@demo.example", ApiClient.PASSWORD);
		BrowserSession.Page form = browser.get("/onboarding/applications/" + application.id() + "/offers");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("offer-form");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("monthlySalary", "13500");
		fields.put("startDate", LocalDate.now().plusDays(20).toString());
		fields.put("probationMonths", "2");
		fields.put("language", "en");
		fields.put("_csrf", BrowserSession.csrfTokenOf(form));
		BrowserSession.Page made = browser.postForm("/onboarding/applications/" + application.id() + "/offers", fields);
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
}
