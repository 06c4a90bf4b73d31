package io.renloop.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.SystemActor;
import io.renloop.shared.PrcResidentId;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** Demo candidacies brought to an accepted offer, valid and invalid new-hire data, and the link mail's token. */
public final class OnboardingFixtures {

	/** A 1×1 PNG. */
	public static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

	private static final Pattern LINK = Pattern.compile("/onboarding/([A-Za-z0-9_-]{43})");

	private OnboardingFixtures() {
	}

	/** A demo application with a scored AI interview that has areas to improve and no onboarding case yet. */
	public static Map<String, Object> demoCandidacyWithAiInterview(JdbcTemplate jdbc) {
		return jdbc.queryForMap("""
				select a.id as application_id, a.candidate_id, a.requisition_id, r.department_id, r.position_id
				from recruitment.application a
				join recruitment.requisition r on r.id = a.requisition_id
				join interview.session s on s.application_id = a.id
				where a.tenant_id = 'demo' and s.status = 'SUBMITTED' and s.created_by = 'system'
				and a.stage in ('AI_INTERVIEW', 'INTERVIEWS')
				and not exists (select 1 from onboarding.onboarding_case c where c.application_id = a.id)
				order by s.overall asc limit 1""");
	}

	/** Advances the application through the people's decisions until it stands at OFFER. */
	public static void advanceToOffer(ApiClient hr, JdbcTemplate jdbc, UUID applicationId) {
		for (int i = 0; i < 2 && !"OFFER".equals(stage(jdbc, applicationId)); i++) {
			ApiClient.Response decided = hr.post("/api/v1/applications/" + applicationId + "/decision",
					Map.of("outcome", "ADVANCE", "reason", "onboarding test"));
			assertThat(decided.status()).as(decided.body()).isEqualTo(201);
		}
		assertThat(stage(jdbc, applicationId)).isEqualTo("OFFER");
	}

	public static String stage(JdbcTemplate jdbc, UUID applicationId) {
		return jdbc.queryForObject("select stage from recruitment.application where id = ?", String.class,
				applicationId);
	}

	public static OfferAccepted offer(String tenant, Map<String, Object> candidacy, LocalDate startDate) {
		return new OfferAccepted(tenant, UUID.randomUUID(), (UUID) candidacy.get("application_id"),
				(UUID) candidacy.get("candidate_id"), (UUID) candidacy.get("requisition_id"),
				(UUID) candidacy.get("department_id"), (UUID) candidacy.get("position_id"), new BigDecimal("12500.00"),
				startDate, 3, Instant.now());
	}

	/**
	 * Opens a case in tenant demo for the newest application at OFFER, as its accepted offer would.
	 * @param departmentId the department of the offer, or null for the requisition's
	 * @return the case and the token of the link mailed to its new hire
	 */
	public static OpenedCase openCase(OnboardingCases cases, JdbcTemplate jdbc, UUID departmentId) {
		Map<String, Object> candidacy = new HashMap<>(jdbc.queryForMap("""
				select a.id as application_id, a.candidate_id, a.requisition_id, r.department_id, r.position_id
				from recruitment.application a join recruitment.requisition r on r.id = a.requisition_id
				where a.tenant_id = 'demo' and a.stage = 'OFFER' order by a.created_at desc limit 1"""));
		if (departmentId != null) {
			candidacy.put("department_id", departmentId);
		}
		Instant since = Instant.now().minusSeconds(1);
		UUID id = SystemActor.callAs(DemoData.DEMO,
				() -> cases.open(offer(DemoData.DEMO, candidacy, LocalDate.now().plusDays(30))));
		String name = jdbc.queryForObject("select candidate_name from onboarding.onboarding_case where id = ?",
				String.class, id);
		return new OpenedCase(id, linkToken(jdbc, DemoData.DEMO, name, since));
	}

	/** A case just opened and the token of its new hire's link. */
	public record OpenedCase(UUID id, String token) {
	}

	public static UUID caseOfOffer(JdbcTemplate jdbc, UUID offerId) {
		List<UUID> ids = jdbc.queryForList("select id from onboarding.onboarding_case where offer_id = ?", UUID.class,
				offerId);
		return ids.isEmpty() ? null : ids.get(0);
	}

	/** The token of the newest link mail to the new hire of the case. */
	public static String linkToken(JdbcTemplate jdbc, String tenant, String candidateName, Instant since) {
		List<String> texts = jdbc.queryForList("""
				select text from platform.dev_outbox_message where tenant_id = ? and channel = 'EMAIL'
				and created_at >= ? and text like ? order by created_at desc""", String.class, tenant,
				java.sql.Timestamp.from(since), "%" + candidateName + "%/onboarding/%");
		assertThat(texts).as("link mail to %s", candidateName).isNotEmpty();
		Matcher matcher = LINK.matcher(texts.get(0));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/** A valid PRC resident ID of someone born on the given day, in Beijing's Chaoyang district. */
	public static String residentId(LocalDate birthDate) {
		String first = "110105" + birthDate.toString().replace("-", "") + "123";
		return first + PrcResidentId.checkCharacter(first);
	}

	/** A card number with a valid Luhn check digit. */
	public static String bankCard(String prefix) {
		for (int digit = 0; digit <= 9; digit++) {
			String candidate = prefix + digit;
			if (io.renloop.shared.BankCardNumber.isValid(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException();
	}

	/** What a new hire sends: the form's pre-filled data with the missing parts added. */
	public static Map<String, Object> completed(Map<String, Object> prefilled) {
		Map<String, Object> info = new HashMap<>(prefilled);
		info.put("phone", "13812345678");
		info.put("email", "new.hire@example.com");
		info.put("idType", "PRC_ID");
		info.put("idNumber", residentId(LocalDate.of(1995, 3, 7)));
		info.put("address", "北京市朝阳区建国路 1 号");
		info.put("emergencyContact", Map.of("name", "王芳", "relation", "母亲", "phone", "13900001111"));
		info.put("bank", Map.of("bankName", "中国工商银行", "cardNumber", bankCard("622202123456789012")));
		return info;
	}

	/**
	 * Signs the case's labour contract as its new hire would: accept, read the code mailed to {@code email},
	 * confirm. Needs the personal information saved.
	 */
	public static void signContract(ApiClient newHire, JdbcTemplate jdbc, String tenant, String token, String email) {
		Instant since = Instant.now().minusSeconds(1);
		ApiClient.Response accepted = newHire.post("/api/v1/onboarding/" + token + "/contract/accept", null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		ApiClient.Response signed = newHire.post("/api/v1/onboarding/" + token + "/contract/confirm",
				Map.of("code", contractCode(jdbc, tenant, email, since)));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(signed.json().get("state").asString()).isEqualTo("SIGNED");
	}

	/** The code of the newest contract code mail to {@code email} since {@code since}. */
	public static String contractCode(JdbcTemplate jdbc, String tenant, String email, Instant since) {
		List<String> texts = jdbc.queryForList("""
				select text from platform.dev_outbox_message where tenant_id = ? and channel = 'EMAIL'
				and recipient = ? and created_at >= ? and (subject like '%劳动合同%' or subject like '%labour contract%')
				order by created_at desc""", String.class, tenant, email, java.sql.Timestamp.from(since));
		assertThat(texts).as("contract code mail to %s", email).isNotEmpty();
		Matcher matcher = CODE.matcher(texts.get(0));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}
}
