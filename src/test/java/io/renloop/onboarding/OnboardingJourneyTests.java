package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.shared.Masking;
import io.renloop.support.ApiClient;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loop from an accepted offer to an employee: the offer opens a case and mails the new hire a link, the new hire
 * confirms their pre-filled data on the phone and submits, HR completes the case, and the new employee's timeline
 * starts with the candidacy and ends in development needs from the AI interview.
 */
@RenloopIntegrationTest
@EnableScenarios
class OnboardingJourneyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void acceptedOfferEndsInAnEmployeeWhoseTimelineStartsWithTheCandidacy(Scenario scenario) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		Map<String, Object> candidacy = OnboardingFixtures.demoCandidacyWithAiInterview(jdbc);
		UUID applicationId = (UUID) candidacy.get("application_id");
		OnboardingFixtures.advanceToOffer(hr, jdbc, applicationId);
		LocalDate start = LocalDate.now().plusDays(14);
		OfferAccepted offer = OnboardingFixtures.offer(DEMO, candidacy, start);
		Instant sent = Instant.now().minusSeconds(1);

		AtomicReference<UUID> opened = new AtomicReference<>();
		scenario.publish(offer)
			.andWaitForStateChange(() -> OnboardingFixtures.caseOfOffer(jdbc, offer.offerId()))
			.andVerify(opened::set);
		UUID caseId = opened.get();

		String candidateName = jdbc.queryForObject("select candidate_name from onboarding.onboarding_case where id = ?",
				String.class, caseId);
		String token = OnboardingFixtures.linkToken(jdbc, DEMO, candidateName, sent);
		assertThat(jdbc.queryForObject("select count(*) from onboarding.onboarding_case where token_hash = ?",
				Long.class, token)).as("the token is stored only as a hash").isZero();

		ApiClient newHire = ApiClient.anonymous(port);
		JsonNode form = newHire.get("/api/v1/onboarding/" + token).json();
		assertThat(form.at("/personalInfo/name").asString()).isEqualTo(candidateName);
		assertThat(form.at("/personalInfo/phone").asString()).as("pre-filled from the candidacy").isNotBlank();
		assertThat(form.get("tenantId").asString()).isEqualTo(DEMO);

		@SuppressWarnings("unchecked")
		Map<String, Object> info = OnboardingFixtures.completed(JSON.convertValue(form.get("personalInfo"), Map.class));
		ApiClient.Response saved = newHire.put("/api/v1/onboarding/" + token + "/personal-info", info);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().at("/personalInfo/birthDate").asString()).as("read from the ID number")
			.isEqualTo("1995-03-07");
		ApiClient.Response uploaded = OnboardingApi.upload(newHire, token, "ID_CARD", "id.png", OnboardingFixtures.PNG);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		OnboardingFixtures.signContract(newHire, jdbc, DEMO, token, (String) info.get("email"));
		ApiClient.Response submitted = newHire.post("/api/v1/onboarding/" + token + "/submit", null);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

		JsonNode details = Eventually.await(() -> {
			JsonNode read = hr.get("/api/v1/onboarding-cases/" + caseId).json();
			return read.get("verifications").isEmpty() ? null : read;
		});
		assertThat(details).as("verification results recorded after submission").isNotNull();
		assertThat(details.at("/verifications/0/kind").asString()).isEqualTo("IDENTITY");
		assertThat(details.at("/verifications/0/outcome").asString()).isEqualTo("NOT_CONFIGURED");
		assertThat(details.at("/personalInfo/idNumber").asString())
			.isEqualTo(Masking.idNumber(info.get("idNumber").toString()));
		assertThat(details.at("/personalInfo/address").asString()).isEqualTo("******");
		assertThat(details.get("documents").size()).isEqualTo(1);

		ApiClient.Response completed = hr.post("/api/v1/onboarding-cases/" + caseId + "/complete", null);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		String employeeId = completed.json().get("employeeId").asString();
		assertProblem(hr.post("/api/v1/onboarding-cases/" + caseId + "/complete", null), 409);
		assertProblem(newHire.get("/api/v1/onboarding/" + token), 404);

		JsonNode employee = hr.get("/api/v1/employees/" + employeeId).json();
		assertThat(employee.get("employeeNo").asString()).isNotBlank();
		assertThat(employee.get("departmentId").asString()).isEqualTo(candidacy.get("department_id").toString());
		assertThat(employee.get("positionId").asString()).isEqualTo(candidacy.get("position_id").toString());
		assertThat(employee.get("hireDate").asString()).isEqualTo(start.toString());
		assertThat(employee.get("status").asString()).isEqualTo("PROBATION");
		UUID head = jdbc.queryForObject("select manager_id from organization.department where id = ?", UUID.class,
				candidacy.get("department_id"));
		assertThat(employee.path("managerId").asString(null)).isEqualTo(head == null ? null : head.toString());
		JsonNode personal = hr.get("/api/v1/employees/" + employeeId + "/personal-data").json();
		assertThat(personal.get("idNumber").asString()).isEqualTo(info.get("idNumber"));
		assertThat(OnboardingFixtures.stage(jdbc, applicationId)).isEqualTo("HIRED");

		List<JsonNode> timeline = new ArrayList<>();
		hr.get("/api/v1/employees/" + employeeId + "/timeline").json().forEach(timeline::add);
		List<String> oldestFirst = new ArrayList<>(timeline.stream().map(e -> e.get("type").asString()).toList());
		Collections.reverse(oldestFirst);
		assertThat(oldestFirst.get(0)).isEqualTo("APPLICATION");
		assertThat(oldestFirst).containsSubsequence("APPLICATION", "AI_INTERVIEW", "INTERVIEW_DECISION", "OFFER",
				"SIGNATURE", "CONTRACT_SIGNED", "ONBOARDING", "DEVELOPMENT_NEEDS");
		assertThat(entry(timeline, "CONTRACT_SIGNED").at("/details/codeVerified").asBoolean()).isTrue();
		assertThat(entry(timeline, "CONTRACT_SIGNED").at("/details/signedAt").asString()).isNotBlank();
		assertThat(oldestFirst).contains("HIRE", "MATCH");
		JsonNode aiInterview = entry(timeline, "AI_INTERVIEW");
		assertThat(aiInterview.at("/details/dimensionScores").size()).isPositive();
		assertThat(entry(timeline, "DEVELOPMENT_NEEDS").at("/details/needs").size()).isPositive();
		assertThat(entry(timeline, "ONBOARDING").at("/details/probationEndDate").asString())
			.isEqualTo(start.plusMonths(3).toString());
		assertThat(entry(timeline, "APPLICATION").at("/details/channel").asString()).isNotBlank();
		assertThat(ChronoUnit.DAYS.between(LocalDate.parse(entry(timeline, "APPLICATION").get("occurredOn").asString()),
				start)).isPositive();

		// payroll opens the pay structure from the offer: the agreed pay from the first day, typed once
		java.math.BigDecimal agreed = jdbc.queryForObject(
				"select monthly_salary from onboarding.onboarding_case where id = ?", java.math.BigDecimal.class, caseId);
		ApiClient payroll = ApiClient.as(port, "payroll@demo.example");
		JsonNode structure = io.renloop.support.Eventually.await(() -> {
			JsonNode versions = payroll.get("/api/v1/payroll/employees/" + employeeId + "/structures").json();
			return versions.isEmpty() ? null : versions.get(0);
		});
		assertThat(structure).as("pay structure opened from the offer").isNotNull();
		assertThat(structure.get("base").decimalValue()).isEqualByComparingTo(agreed);
		assertThat(structure.get("source").asString()).isEqualTo("OFFER");
		assertThat(structure.get("effectiveFrom").asString()).isEqualTo(start.toString());
		JsonNode payChange = hr.get("/api/v1/employees/" + employeeId + "/timeline").json();
		assertThat(payChange.toString()).contains("PAY_CHANGE").doesNotContain(agreed.toPlainString());
	}

	private static JsonNode entry(List<JsonNode> timeline, String type) {
		return timeline.stream().filter(e -> e.get("type").asString().equals(type)).findFirst().orElseThrow();
	}
}
