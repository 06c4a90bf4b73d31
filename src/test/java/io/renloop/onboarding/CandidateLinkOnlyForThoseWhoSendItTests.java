package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Security finding: every reader of an approved offer received the candidate's link ({@code candidateUrl}) —
 * finance, the general manager, the department's manager. Only those who make and withdraw offers
 * ({@code OFFER_WRITE}: HR, the recruiter who made it) hand the link to the candidate and see it.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateLinkOnlyForThoseWhoSendItTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	ApiClient hr;

	String hrOffer;

	String recruitersOffer;

	@BeforeAll
	void approvedOffers() {
		hr = ApiClient.as(port, "hr@demo.example");
		OfferFixtures.Slot mining = OfferFixtures.newSlot(hr, new DemoData(jdbc), DEMO, "PROD", "MINING", 3);
		hrOffer = approve(OfferFixtures.makeOffer(hr, OfferFixtures.applicationInInterviews(hr, mining, "林链接"),
				OfferFixtures.terms(12000)));
		recruitersOffer = approve(OfferFixtures.makeOffer(ApiClient.as(port, "recruiter@demo.example"),
				OfferFixtures.applicationInInterviews(hr, mining, "石招聘"), OfferFixtures.terms(12500)));
	}

	private String approve(JsonNode offer) {
		return OfferFixtures.decide(events, transactions, hr, DEMO, offer.get("id").asString(),
				ApprovalOutcome.APPROVED, null).get("id").asString();
	}

	@Test
	void financeTheGeneralManagerAndTheManagerReadTheOfferWithoutTheLink() {
		for (String login : new String[] { "finance@demo.example", "gm@demo.example", "manager@demo.example" }) {
			JsonNode offer = ApiClient.as(port, login).get("/api/v1/offers/" + hrOffer).json();
			assertThat(offer.get("status").asString()).as(login).isEqualTo("APPROVED");
			assertThat(offer.get("candidateUrl").isNull()).as("link for %s", login).isTrue();
		}
		JsonNode listed = ApiClient.as(port, "gm@demo.example")
			.get("/api/v1/applications/" + applicationOf(hrOffer) + "/offers")
			.json();
		assertThat(listed.get(0).get("candidateUrl").isNull()).isTrue();
	}

	@Test
	void theOfferPageShowsTheLinkOnlyToThoseWhoSendIt() {
		String link = hrLink();
		BrowserSession gm = new BrowserSession(port);
		gm.signIn("gm@demo.example", ApiClient.PASSWORD);
		BrowserSession.Page page = gm.get("/onboarding/offers/" + hrOffer);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("candidate-url", link.substring(link.lastIndexOf('/') + 1));
		BrowserSession hrBrowser = new BrowserSession(port);
		hrBrowser.signIn("hr@demo.example", ApiClient.PASSWORD);
		assertThat(hrBrowser.get("/onboarding/offers/" + hrOffer).body()).contains("candidate-url", link);
	}

	@Test
	void hrAndTheRecruiterWhoMadeTheOfferGetTheLink() {
		assertThat(hrLink()).contains("/offer/");
		assertThat(ApiClient.as(port, "recruiter@demo.example").get("/api/v1/offers/" + recruitersOffer).json()
			.get("candidateUrl").asString()).contains("/offer/");
	}

	private String hrLink() {
		return hr.get("/api/v1/offers/" + hrOffer).json().get("candidateUrl").asString();
	}

	private String applicationOf(String offer) {
		return hr.get("/api/v1/offers/" + offer).json().get("applicationId").asString();
	}
}
