package io.renloop.onboarding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.onboarding.OfferFixtures.Application;
import io.renloop.platform.DevOutbox;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalOutcome;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Security finding: {@code POST /api/v1/candidate-offers/{token}/decline} declined an offer with the link alone,
 * so anyone who saw the link (it was shown to every reader of the offer) could end it. Declining now needs the
 * same one-time code as accepting: ask for a code, then decline with the reason and the code — in the API and on
 * the candidate's phone page. A code sent to accept never declines.
 */
@RenloopIntegrationTest
class DecliningAnOfferNeedsAOneTimeCodeTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DevOutbox outbox;

	ApiClient hr;

	ApiClient candidate;

	Application application;

	String offerId;

	String answer;

	@BeforeEach
	void approvedOffer() {
		hr = ApiClient.as(port, "hr@demo.example");
		candidate = ApiClient.anonymous(port);
		application = OfferFixtures.applicationInInterviews(hr,
				OfferFixtures.newSlot(hr, new DemoData(jdbc), DEMO, "PROD", "MINING", 1), "袁拒绝");
		JsonNode offer = OfferFixtures.decide(events, transactions, hr, DEMO,
				OfferFixtures.makeOffer(hr, application, OfferFixtures.terms(11000)).get("id").asString(),
				ApprovalOutcome.APPROVED, null);
		offerId = offer.get("id").asString();
		answer = "/api/v1/candidate-offers/" + OfferFixtures.token(offer);
	}

	@Test
	void theLinkAloneNoLongerDeclines() {
		JsonNode refused = assertProblem(candidate.post(answer + "/decline", Map.of("reason", "另有安排")), 409);
		assertThat(refused.get("code").asString()).isEqualTo("onboarding.offer.decline.noCodePending");
		assertProblem(candidate.post(answer + "/decline", Map.of("reason", "另有安排", "code", "123456")), 409);
		assertThat(status()).isEqualTo("APPROVED");
	}

	@Test
	void aCodeAskedForDeclinesWithTheReason() {
		JsonNode asked = candidate.post(answer + "/decline-code", null).json();
		assertThat(asked.get("declineCodePending").asBoolean()).isTrue();
		assertThat(asked.get("status").asString()).as("still open to an answer").isEqualTo("APPROVED");
		String code = OfferFixtures.mailedDeclineCode(outbox, DEMO, application.email());

		assertThat(errorMessage(assertProblem(candidate.post(answer + "/decline", Map.of("reason", "另有安排")), 400),
				"code")).contains("confirm that you decline");
		JsonNode wrong = assertProblem(candidate.post(answer + "/decline", Map.of("reason", "另有安排", "code",
				code.equals("000000") ? "111111" : "000000")), 400);
		assertThat(wrong.get("detail").asString()).contains("4");
		assertThat(status()).isEqualTo("APPROVED");

		JsonNode declined = candidate.post(answer + "/decline", Map.of("reason", "另有安排", "code", code)).json();
		assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
		assertThat(hr.get("/api/v1/offers/" + offerId).json().get("declineReason").asString()).isEqualTo("另有安排");
	}

	@Test
	void aCodeSentToAcceptDoesNotDeclineAndADeclineCodeDoesNotSign() {
		candidate.post(answer + "/accept", null);
		String acceptCode = OfferFixtures.mailedCode(outbox, DEMO, application.email());
		assertProblem(candidate.post(answer + "/decline", Map.of("reason", "另有安排", "code", acceptCode)), 409);
		assertThat(status()).isEqualTo("ACCEPTED");

		candidate.post(answer + "/decline-code", null);
		String declineCode = OfferFixtures.mailedDeclineCode(outbox, DEMO, application.email());
		assertProblem(candidate.post(answer + "/confirm", Map.of("code", declineCode)), 409);
		assertProblem(candidate.post(answer + "/confirm", Map.of("code", acceptCode)), 409);
		assertThat(status()).isEqualTo("ACCEPTED");
	}

	@Test
	void thePhonePageAsksForTheCodeBeforeItDeclines() {
		assertThat(new BrowserSession(port).get("/offer/" + token() + "?lang=en").body())
			.contains("Send me a code to decline");
		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page page = phone.newPage();
			page.navigate("http://localhost:" + port + "/offer/" + token());
			page.locator("#answer summary").click();
			page.locator("#reason").fill("已接受其他公司的录用");
			assertThat(page.locator("#decline")).isHidden();
			page.locator("#decline-code").click();
			assertThat(page.locator("#decline-code-step")).isVisible();
			page.locator("#decline-code-input").fill(OfferFixtures.mailedDeclineCode(outbox, DEMO, application.email()));
			page.locator("#decline").click();
			assertThat(page.locator("#status")).hasText("您已拒绝该录用。");
		}
		assertThat(status()).isEqualTo("DECLINED");
	}

	private String token() {
		return answer.substring(answer.lastIndexOf('/') + 1);
	}

	private String status() {
		return hr.get("/api/v1/offers/" + offerId).json().get("status").asString();
	}
}
