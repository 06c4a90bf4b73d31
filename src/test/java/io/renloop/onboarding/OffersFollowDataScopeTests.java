package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.onboarding.OfferFixtures.Application;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Security finding: offers ignored the data scope, so the manager of 综采事业部 (MINING) read the salary and the
 * letter of an offer of 工程技术部 (ENG). Offers now follow the viewer's scope by the offer's department: a manager
 * sees their subtree's offers, a recruiter (self scope) the offers they made, finance, the general manager and HR
 * the whole tenant; an offer outside the scope is as unknown as a missing one.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OffersFollowDataScopeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	Application engineering;

	String engineeringOffer;

	String miningOffer;

	String recruitersOffer;

	@BeforeAll
	void offersInTwoDepartments() {
		hr = ApiClient.as(port, "hr@demo.example");
		DemoData data = new DemoData(jdbc);
		engineering = OfferFixtures.applicationInInterviews(hr,
				OfferFixtures.newSlot(hr, data, DEMO, "PROD", "ENG", 3), "范工程");
		engineeringOffer = OfferFixtures.makeOffer(hr, engineering, OfferFixtures.terms(18000)).get("id").asString();
		OfferFixtures.Slot mining = OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 3);
		miningOffer = OfferFixtures.makeOffer(hr, OfferFixtures.applicationInInterviews(hr, mining, "程综采"),
				OfferFixtures.terms(14000)).get("id").asString();
		recruitersOffer = OfferFixtures.makeOffer(ApiClient.as(port, "recruiter@demo.example"),
				OfferFixtures.applicationInInterviews(hr, mining, "任招聘"), OfferFixtures.terms(13000))
			.get("id").asString();
	}

	@Test
	void aManagerCannotReadAnOfferOfAnotherDepartmentNorItsLetter() {
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		assertProblem(manager.get("/api/v1/offers/" + engineeringOffer), 404);
		assertProblem(manager.get("/api/v1/offers/" + engineeringOffer + "/preview.pdf"), 404);
		assertProblem(manager.get("/api/v1/offers/" + engineeringOffer + "/signed.pdf"), 404);
		ApiClient.Response list = manager.get("/api/v1/applications/" + engineering.id() + "/offers");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(engineeringOffer, "18000");
	}

	@Test
	void aManagerCannotOpenTheOfferPagesOfAnotherDepartment() {
		BrowserSession manager = new BrowserSession(port);
		manager.signIn("manager@demo.example", ApiClient.PASSWORD);
		assertThat(manager.get("/onboarding/offers/" + engineeringOffer).status()).isEqualTo(404);
		assertThat(manager.get("/onboarding/offers/" + engineeringOffer + "/preview.pdf").status()).isEqualTo(404);
		BrowserSession.Page offers = manager.get("/onboarding/applications/" + engineering.id() + "/offers");
		assertThat(offers.body()).doesNotContain(engineeringOffer);
		assertThat(manager.get("/onboarding/offers/" + miningOffer).status()).isEqualTo(200);
	}

	@Test
	void aManagerReadsTheOffersOfTheirSubtree() {
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		assertThat(manager.get("/api/v1/offers/" + miningOffer).json().get("monthlySalary").decimalValue())
			.isEqualByComparingTo("14000");
		ApiClient.Binary letter = manager.getBinary("/api/v1/offers/" + miningOffer + "/preview.pdf");
		assertThat(letter.status()).isEqualTo(200);
		assertThat(letter.contentType()).startsWith("application/pdf");
	}

	@Test
	void aRecruiterSeesTheOffersTheyMadeOnly() {
		ApiClient recruiter = ApiClient.as(port, "recruiter@demo.example");
		assertThat(recruiter.get("/api/v1/offers/" + recruitersOffer).status()).isEqualTo(200);
		assertProblem(recruiter.get("/api/v1/offers/" + miningOffer), 404);
		assertProblem(recruiter.get("/api/v1/offers/" + miningOffer + "/preview.pdf"), 404);
		assertProblem(recruiter.post("/api/v1/offers/" + miningOffer + "/withdraw", null), 404);
	}

	@Test
	void tenantWideRolesReadEveryOffer() {
		for (String login : new String[] { "finance@demo.example", "gm@demo.example", "hr@demo.example" }) {
			JsonNode offer = ApiClient.as(port, login).get("/api/v1/offers/" + engineeringOffer).json();
			assertThat(offer.get("id").asString()).as(login).isEqualTo(engineeringOffer);
		}
	}

	@Test
	void everyLetterDownloadIsAudited() {
		long before = letterReads();
		assertThat(hr.getBinary("/api/v1/offers/" + engineeringOffer + "/preview.pdf").status()).isEqualTo(200);
		assertThat(letterReads()).isEqualTo(before + 1);
	}

	private long letterReads() {
		return jdbc.queryForObject("""
				select count(*) from platform.audit_event where entity_type = 'Offer' and entity_id = ?
				and action = 'READ_SENSITIVE'""", Long.class, engineeringOffer);
	}
}
