package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.onboarding.OfferFixtures.Application;
import io.renloop.onboarding.OfferFixtures.Slot;
import io.renloop.organization.HeadcountUsage;
import io.renloop.platform.DevOutbox;
import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalOutcome;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Making offers, their approval, the candidate's answer and the headcount they hold. */
@RenloopIntegrationTest
class OfferApiTests {

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

	@Autowired
	Offers offers;

	ApiClient hr;

	DemoData data;

	@BeforeEach
	void setUp() {
		hr = ApiClient.as(port, "hr@demo.example");
		data = new DemoData(jdbc);
	}

	@Test
	void offerStartsTheApprovalAndMovesTheApplicationToOffer() {
		Slot slot = OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 2);
		Application application = OfferFixtures.applicationInInterviews(hr, slot, "李明远");
		JsonNode offer = OfferFixtures.makeOffer(hr, application, OfferFixtures.terms(12000));
		assertThat(offer.get("status").asString()).isEqualTo("PENDING_APPROVAL");
		assertThat(offer.get("candidateUrl").isNull()).isTrue();
		assertThat(offer.get("positionId").asString()).isEqualTo(slot.positionId().toString());
		assertThat(jdbc.queryForObject("select stage from recruitment.application where id = ?", String.class,
				application.id())).isEqualTo("OFFER");
		assertProblem(hr.post("/api/v1/applications/" + application.id() + "/offers", OfferFixtures.terms(12000)), 409);
	}

	@Test
	void termsAreValidated() {
		Slot slot = OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 2);
		Application application = OfferFixtures.applicationInInterviews(hr, slot, "王海");
		Map<String, Object> terms = OfferFixtures.terms(0);
		terms.put("probationMonths", 7);
		assertThat(errorFields(assertProblem(hr.post("/api/v1/applications/" + application.id() + "/offers", terms),
				400))).containsExactlyInAnyOrder("monthlySalary", "probationMonths");
		Map<String, Object> past = OfferFixtures.terms(9000);
		past.put("startDate", LocalDate.now().minusDays(2).toString());
		assertThat(errorFields(assertProblem(hr.post("/api/v1/applications/" + application.id() + "/offers", past),
				400))).containsExactly("startDate");
	}

	@Test
	void approvedOfferSendsTheCandidateLinkAndRejectedOneGoesBackWithTheComment() {
		Slot slot = OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 3);
		Application approved = OfferFixtures.applicationInInterviews(hr, slot, "赵敏");
		JsonNode offer = OfferFixtures.decide(events, transactions, hr, DEMO,
				OfferFixtures.makeOffer(hr, approved, OfferFixtures.terms(10000)).get("id").asString(),
				ApprovalOutcome.APPROVED, null);
		assertThat(offer.get("status").asString()).isEqualTo("APPROVED");
		String token = OfferFixtures.token(offer);
		JsonNode seen = ApiClient.anonymous(port).get("/api/v1/candidate-offers/" + token).json();
		assertThat(seen.get("candidateName").asString()).isEqualTo("赵敏");
		assertThat(seen.get("monthlySalary").decimalValue()).isEqualByComparingTo("10000");
		assertThat(seen.get("status").asString()).isEqualTo("APPROVED");

		Application rejected = OfferFixtures.applicationInInterviews(hr, slot, "钱进");
		JsonNode back = OfferFixtures.decide(events, transactions, hr, DEMO,
				OfferFixtures.makeOffer(hr, rejected, OfferFixtures.terms(30000)).get("id").asString(),
				ApprovalOutcome.REJECTED, "薪资超出区间");
		assertThat(back.get("status").asString()).isEqualTo("REJECTED");
		assertThat(back.get("approvalComment").asString()).isEqualTo("薪资超出区间");
		assertThat(back.get("candidateUrl").isNull()).isTrue();
	}

	@Test
	void acceptedOfferHoldsTheLastPlaceAndADeclinedOneReleasesIt() {
		Slot slot = OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 1);
		Application first = OfferFixtures.applicationInInterviews(hr, slot, "孙立");
		JsonNode offer = approvedOffer(first);
		ApiClient candidate = ApiClient.anonymous(port);
		String token = OfferFixtures.token(offer);
		JsonNode accepted = candidate.post("/api/v1/candidate-offers/" + token + "/accept", null).json();
		assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.get("codePending").asBoolean()).isTrue();

		HeadcountUsage.Slot held = new HeadcountUsage.Slot(slot.departmentId(), slot.positionId());
		assertThat(SystemActor.callAs(DEMO, offers::reservedSlots)).containsEntry(held, 1L);

		Application second = OfferFixtures.applicationInInterviews(hr, slot, "周航");
		JsonNode full = assertProblem(hr.post("/api/v1/applications/" + second.id() + "/offers",
				OfferFixtures.terms(9000)), 409);
		assertThat(full.get("detail").asString()).contains("headcount");

		assertProblem(candidate.post("/api/v1/candidate-offers/" + token + "/decline", Map.of("reason", " ")), 400);
		candidate.post("/api/v1/candidate-offers/" + token + "/decline-code", null);
		JsonNode declined = candidate.post("/api/v1/candidate-offers/" + token + "/decline", Map.of("reason",
				"已接受其他公司的录用", "code", OfferFixtures.mailedDeclineCode(outbox, DEMO, first.email()))).json();
		assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
		assertThat(hr.get("/api/v1/offers/" + offer.get("id").asString()).json().get("declineReason").asString())
			.isEqualTo("已接受其他公司的录用");
		assertThat(SystemActor.callAs(DEMO, offers::reservedSlots)).doesNotContainKey(held);
		assertThat(hr.post("/api/v1/applications/" + second.id() + "/offers", OfferFixtures.terms(9000)).status())
			.isEqualTo(201);
	}

	@Test
	void hrCanOverrideAFullPlanWithAReason() {
		Slot slot = OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 0);
		Application application = OfferFixtures.applicationInInterviews(hr, slot, "吴桐");
		assertProblem(hr.post("/api/v1/applications/" + application.id() + "/offers", OfferFixtures.terms(9000)), 409);
		Map<String, Object> override = OfferFixtures.terms(9000);
		override.put("overrideHeadcount", true);
		assertThat(errorFields(assertProblem(hr.post("/api/v1/applications/" + application.id() + "/offers",
				override), 400))).containsExactly("overrideReason");
		override.put("overrideReason", "年度补员提前");
		assertProblem(ApiClient.as(port, "recruiter@demo.example")
			.post("/api/v1/applications/" + application.id() + "/offers", override), 403);
		JsonNode made = OfferFixtures.makeOffer(hr, application, override);
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where action = 'HEADCOUNT_OVERRIDE' "
				+ "and entity_id = ?", Long.class, application.id().toString())).isEqualTo(1);
		assertThat(made.get("status").asString()).isEqualTo("PENDING_APPROVAL");
	}

	@Test
	void wrongCodesAreRefusedAndTheFifthLocksTheLink() {
		Slot slot = OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 2);
		Application application = OfferFixtures.applicationInInterviews(hr, slot, "郑州");
		String token = OfferFixtures.token(approvedOffer(application));
		ApiClient candidate = ApiClient.anonymous(port);
		candidate.post("/api/v1/candidate-offers/" + token + "/accept", null);
		String code = OfferFixtures.mailedCode(outbox, DEMO, application.email());
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int left = 4; left >= 1; left--) {
			JsonNode problem = assertProblem(candidate.post("/api/v1/candidate-offers/" + token + "/confirm",
					Map.of("code", wrong)), 400);
			assertThat(problem.get("detail").asString()).contains(String.valueOf(left));
		}
		assertProblem(candidate.post("/api/v1/candidate-offers/" + token + "/confirm", Map.of("code", wrong)), 423);
		assertProblem(candidate.post("/api/v1/candidate-offers/" + token + "/confirm", Map.of("code", code)), 423);
		assertThat(candidate.get("/api/v1/candidate-offers/" + token).json().get("locked").asBoolean()).isTrue();
	}

	@Test
	void expiredAndReusedCodesAreRefused() {
		Slot slot = OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 2);
		Application application = OfferFixtures.applicationInInterviews(hr, slot, "冯雪");
		JsonNode offer = approvedOffer(application);
		String token = OfferFixtures.token(offer);
		ApiClient candidate = ApiClient.anonymous(port);
		candidate.post("/api/v1/candidate-offers/" + token + "/accept", null);
		String code = OfferFixtures.mailedCode(outbox, DEMO, application.email());
		jdbc.update("update onboarding.offer set code_expires_at = now() - interval '1 minute' where id = ?::uuid",
				offer.get("id").asString());
		assertProblem(candidate.post("/api/v1/candidate-offers/" + token + "/confirm", Map.of("code", code)), 410);

		candidate.post("/api/v1/candidate-offers/" + token + "/accept", null);
		String fresh = awaitNewCode(application, code);
		assertThat(candidate.post("/api/v1/candidate-offers/" + token + "/confirm", Map.of("code", fresh)).json()
			.get("status").asString()).isEqualTo("SIGNED");
		assertProblem(candidate.post("/api/v1/candidate-offers/" + token + "/confirm", Map.of("code", fresh)), 409);
	}

	@Test
	void unknownTokensAreNotFound() {
		ApiClient candidate = ApiClient.anonymous(port);
		assertProblem(candidate.get("/api/v1/candidate-offers/" + "A".repeat(43)), 404);
		assertProblem(candidate.get("/api/v1/candidate-offers/short"), 404);
		assertProblem(candidate.post("/api/v1/candidate-offers/" + "A".repeat(43) + "/confirm", Map.of()), 404);
	}

	private String awaitNewCode(Application application, String previous) {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> !OfferFixtures.mailedCode(outbox, DEMO, application.email()).equals(previous));
		return OfferFixtures.mailedCode(outbox, DEMO, application.email());
	}

	private JsonNode approvedOffer(Application application) {
		return OfferFixtures.decide(events, transactions, hr, DEMO,
				OfferFixtures.makeOffer(hr, application, OfferFixtures.terms(11000)).get("id").asString(),
				ApprovalOutcome.APPROVED, "同意");
	}
}
