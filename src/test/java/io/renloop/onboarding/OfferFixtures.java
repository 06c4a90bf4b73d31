package io.renloop.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.DevOutbox;
import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.TestUsers;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Builds offers for tests: a position of its own with a headcount plan, applications that reached the interview
 * stage, offers, approval outcomes (published as the approval engine would) and the codes mailed to candidates.
 */
public final class OfferFixtures {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private OfferFixtures() {
	}

	/** A new position of the demo production job family in department MINING, with {@code planned} places. */
	public static Slot newSlot(ApiClient hr, DemoData data, String tenant, String jobFamily, String department,
			int planned) {
		String id = hr.post("/api/v1/positions", Map.of("code", TestUsers.unique("OFR"), "name", "安全工程师 " + planned,
				"jobFamilyId", data.jobFamilyId(tenant, jobFamily))).json().get("id").asString();
		Slot slot = new Slot(data.departmentId(tenant, department), UUID.fromString(id));
		assertThat(hr.put("/api/v1/headcount-plans", Map.of("departmentId", slot.departmentId(), "positionId",
				slot.positionId(), "planned", planned)).status()).isEqualTo(200);
		return slot;
	}

	/** An application to an open requisition of the slot, moved to INTERVIEWS; the candidate has e-mail and phone. */
	public static Application applicationInInterviews(ApiClient hr, Slot slot, String name) {
		return applicationInInterviews(hr, slot, name, "139" + String.format("%08d", System.nanoTime() % 100_000_000L));
	}

	/** Like {@link #applicationInInterviews(ApiClient, Slot, String)}, by a candidate with the given phone. */
	public static Application applicationInInterviews(ApiClient hr, Slot slot, String name, String phone) {
		String requisition = hr.post("/api/v1/requisitions", Map.of("positionId", slot.positionId(), "departmentId",
				slot.departmentId(), "headcount", 1, "title", "offer test")).json().get("id").asString();
		assertThat(hr.post("/api/v1/requisitions/" + requisition + "/open",
				Map.of("override", true, "reason", "offer test")).status()).isEqualTo(200);
		String email = TestUsers.unique("offer").toLowerCase() + "@candidates.example";
		JsonNode receipt = hr.post("/api/v1/requisitions/" + requisition + "/applications", Map.of("name", name,
				"email", email, "phone", phone, "channel", "REFERRAL", "consent", true)).json();
		String application = receipt.get("applicationId").asString();
		for (String stage : new String[] { "SCREENED", "INTERVIEWS" }) {
			ApiClient.Response moved = hr.post("/api/v1/applications/" + application + "/transitions",
					Map.of("to", stage));
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		}
		return new Application(UUID.fromString(application), email);
	}

	public static Map<String, Object> terms(int salary) {
		Map<String, Object> terms = new HashMap<>();
		terms.put("monthlySalary", salary);
		terms.put("startDate", LocalDate.now().plusDays(30).toString());
		terms.put("probationMonths", 3);
		terms.put("language", "zh");
		return terms;
	}

	public static JsonNode makeOffer(ApiClient hr, Application application, Map<String, Object> terms) {
		ApiClient.Response made = hr.post("/api/v1/applications/" + application.id() + "/offers", terms);
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.json();
	}

	/** Publishes the approval engine's outcome and waits until the offer left PENDING_APPROVAL. */
	public static JsonNode decide(ApplicationEventPublisher events, TransactionTemplate transactions, ApiClient hr,
			String tenant, String offerId, ApprovalOutcome outcome, String comment) {
		transactions.executeWithoutResult(status -> events.publishEvent(new ApprovalDecided(tenant, "offer",
				UUID.fromString(offerId), outcome, UUID.randomUUID(), comment)));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !hr.get("/api/v1/offers/" + offerId).json()
			.get("status").asString().equals("PENDING_APPROVAL"));
		return hr.get("/api/v1/offers/" + offerId).json();
	}

	/** The token of an approved offer's candidate link. */
	public static String token(JsonNode offer) {
		String url = offer.get("candidateUrl").asString();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/** The newest one-time code mailed to {@code email}, read from the tenant's developer outbox. */
	public static String mailedCode(DevOutbox outbox, String tenant, String email) {
		return mailedCode(outbox, tenant, email, subject -> subject.contains("验证码") || subject.contains("code"));
	}

	/** The newest one-time code to decline mailed to {@code email}, read from the tenant's developer outbox. */
	public static String mailedDeclineCode(DevOutbox outbox, String tenant, String email) {
		return mailedCode(outbox, tenant, email, subject -> subject.contains("拒绝") || subject.contains("decline"));
	}

	private static String mailedCode(DevOutbox outbox, String tenant, String email, Predicate<String> subject) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> latestCode(outbox, tenant, email, subject) != null);
		return latestCode(outbox, tenant, email, subject);
	}

	private static String latestCode(DevOutbox outbox, String tenant, String email, Predicate<String> subject) {
		return SystemActor.callAs(tenant, () -> outbox.messages(0, 100))
			.content()
			.stream()
			.filter(m -> m.to().equals(email) && subject.test(m.subject()))
			.findFirst()
			.map(m -> {
				Matcher matcher = CODE.matcher(m.text());
				return matcher.find() ? matcher.group(1) : null;
			})
			.orElse(null);
	}

	/** A department and position with a headcount plan. */
	public record Slot(UUID departmentId, UUID positionId) {
	}

	public record Application(UUID id, String email) {
	}
}
