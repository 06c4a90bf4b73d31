package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.leave.LeaveFixtures;
import io.renloop.onboarding.OfferFixtures.Application;
import io.renloop.onboarding.OfferFixtures.Slot;
import io.renloop.platform.DevOutbox;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.recruitment.RecruitmentFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rehire (issue 22): an employee leaves on their last day (login closed, balances frozen), applies again with the
 * same phone, is recognized as a former employee, gets an offer and onboards — and is the same employee again: one
 * record with the same id and number, active from the new start date, a REHIRE step after the old history, the login
 * open again, the balances counting again, and a new pay structure from the offer on top of the old one.
 */
@RenloopIntegrationTest
class RehiredEmployeesRejoinTheirOldRecordTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DevOutbox outbox;

	@Test
	void aFormerEmployeeHiredAgainIsTheSameEmployeeWithTheirLoginBack() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient payroll = ApiClient.as(port, "payroll@demo.example");
		LocalDate today = today();
		Slot slot = OfferFixtures.newSlot(hr, new DemoData(jdbc), DEMO, "PROD", "MINING", 2);
		String phone = RecruitmentFixtures.uniquePhone();
		String email = TestUsers.unique("rehire").toLowerCase() + "@example.com";
		String login = TestUsers.unique("rehire") + "@demo.test";
		UUID former = firstEmployment(hr, payroll, slot, phone, email, login, today.minusYears(3));
		String number = hr.get("/api/v1/employees/" + former).json().get("employeeNo").asString();

		leaveToday(hr, former, today);
		assertThat(tokenFor(login).status()).as("the login closed on the last day").isEqualTo(401);
		assertThat(Eventually.await(() -> frozenOn(hr, former))).isEqualTo(today.toString());

		String name = "回归" + TestUsers.unique("");
		Application application = OfferFixtures.applicationInInterviews(hr, slot, name, phone);
		UUID candidate = jdbc.queryForObject("select candidate_id from recruitment.application where id = ?",
				UUID.class, application.id());
		assertThat(formerEmployee(hr, candidate)).as("recognized by the phone").isEqualTo(former.toString());
		LocalDate start = today.plusDays(14);
		UUID caseId = acceptedOffer(application, start);
		UUID rehired = onboard(hr, caseId, name, phone, email);

		assertThat(rehired).as("the old record, not a second one").isEqualTo(former);
		assertThat(jdbc.queryForObject("select count(*) from employee.employee where tenant_id = 'demo' "
				+ "and lower(email) = ?", Long.class, email)).isEqualTo(1);
		JsonNode employee = hr.get("/api/v1/employees/" + former).json();
		assertThat(employee.get("employeeNo").asString()).isEqualTo(number);
		assertThat(employee.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(employee.get("hireDate").asString()).isEqualTo(start.toString());
		assertThat(employee.path("terminationDate").asString(null)).as("employed again").isNull();
		List<String> oldestFirst = timelineTypes(hr, former);
		assertThat(oldestFirst).containsSubsequence("HIRE", "TERMINATION", "REHIRE");
		assertThat(rehireStep(hr, former).at("/details/previousLastDay").asString()).isEqualTo(today.toString());
		assertThat(formerEmployee(hr, candidate)).as("no longer a former employee").isNull();

		ApiClient.Response token = tokenFor(login);
		assertThat(token.status()).as("the login works again").isEqualTo(201);
		assertThat(ApiClient.withToken(port, token.json().get("token").asString())
			.get("/api/v1/me/leave/requests").status()).isEqualTo(200);
		assertThat(Eventually.await(() -> frozenOn(hr, former) == null ? "thawed" : null)).isEqualTo("thawed");
		JsonNode opened = Eventually.await(() -> {
			JsonNode versions = payroll.get("/api/v1/payroll/employees/" + former + "/structures").json();
			return versions.size() == 2 ? versions : null;
		});
		assertThat(opened).as("a new pay structure version from the offer").isNotNull();
		assertThat(opened.get(0).get("effectiveFrom").asString()).isEqualTo(start.toString());
		assertThat(opened.get(0).get("source").asString()).isEqualTo("OFFER");
		assertThat(opened.get(0).get("base").decimalValue()).isEqualByComparingTo("15000");
		assertThat(Eventually.await(() -> "ACTIVE".equals(personFactStatus(former)) ? "ACTIVE" : null))
			.as("analytics counts the person as employed again").isEqualTo("ACTIVE");
	}

	/** Hired three years ago with a login and a pay structure; returns the employee. */
	private UUID firstEmployment(ApiClient hr, ApiClient payroll, Slot slot, String phone, String email, String login,
			LocalDate hired) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeNo", TestUsers.unique("RH"));
		body.put("name", "回归员工");
		body.put("phone", phone);
		body.put("email", email);
		body.put("departmentId", slot.departmentId());
		body.put("positionId", slot.positionId());
		body.put("hireDate", hired.toString());
		body.put("status", "ACTIVE");
		ApiClient.Response created = hr.post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID employee = UUID.fromString(created.json().get("id").asString());
		administration.createUser(new NewUser(DEMO, login, "Returning", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE),
				null, slot.departmentId(), employee));
		ApiClient.Response pay = payroll.post("/api/v1/payroll/employees/" + employee + "/structures", Map.of(
				"effectiveFrom", hired.toString(), "payGroupCode", "MINE", "base", 8000, "housingFundRate", 0.12));
		assertThat(pay.status()).as(pay.body()).isEqualTo(201);
		assertThat(tokenFor(login).status()).isEqualTo(201);
		return employee;
	}

	/** A resignation with today as the last day, approved, and the employment ended by HR at once. */
	private void leaveToday(ApiClient hr, UUID employee, LocalDate today) {
		ApiClient.Response opened = hr.post("/api/v1/offboarding/cases", Map.of("employeeId", employee, "kind",
				"RESIGNATION", "lastDay", today.toString()));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String caseId = opened.json().get("id").asString();
		transactions.executeWithoutResult(status -> events.publishEvent(new ApprovalDecided(DEMO, "offboarding",
				UUID.fromString(caseId), ApprovalOutcome.APPROVED, UUID.randomUUID(), "ok")));
		assertThat(Eventually.await(() -> "APPROVED".equals(jdbc.queryForObject(
				"select status from offboarding.offboarding_case where id = ?::uuid", String.class, caseId)) ? caseId
						: null)).isNotNull();
		ApiClient.Response departed = hr.post("/api/v1/offboarding/cases/" + caseId + "/depart", null);
		assertThat(departed.status()).as(departed.body()).isEqualTo(200);
	}

	/** An offer without probation, approved, accepted and signed by the candidate; the onboarding case it opened. */
	private UUID acceptedOffer(Application application, LocalDate start) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		Map<String, Object> terms = OfferFixtures.terms(15000);
		terms.put("probationMonths", 0);
		terms.put("startDate", start.toString());
		String offerId = OfferFixtures.makeOffer(hr, application, terms).get("id").asString();
		JsonNode offer = OfferFixtures.decide(events, transactions, hr, DEMO, offerId, ApprovalOutcome.APPROVED, null);
		String token = OfferFixtures.token(offer);
		ApiClient candidate = ApiClient.anonymous(port);
		assertThat(candidate.post("/api/v1/candidate-offers/" + token + "/accept", null).status()).isEqualTo(200);
		ApiClient.Response signed = candidate.post("/api/v1/candidate-offers/" + token + "/confirm",
				Map.of("code", OfferFixtures.mailedCode(outbox, DEMO, application.email())));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		return Eventually.await(() -> OnboardingFixtures.caseOfOffer(jdbc, UUID.fromString(offerId)));
	}

	/** The new hire confirms their data (the old phone and e-mail), signs and submits; HR completes the case. */
	@SuppressWarnings("unchecked")
	private UUID onboard(ApiClient hr, UUID caseId, String name, String phone, String email) {
		Instant opened = Instant.now().minusSeconds(600);
		// the link mail goes out with the case, which a listener opens after the offer was signed
		String token = Eventually.await(() -> {
			try {
				return OnboardingFixtures.linkToken(jdbc, DEMO, name, opened);
			}
			catch (AssertionError notYet) {
				return null;
			}
		});
		assertThat(token).as("link mail to %s", name).isNotNull();
		ApiClient newHire = ApiClient.anonymous(port);
		JsonNode form = newHire.get("/api/v1/onboarding/" + token).json();
		Map<String, Object> info = OnboardingFixtures.completed(JSON.convertValue(form.get("personalInfo"), Map.class));
		info.put("phone", phone);
		info.put("email", email);
		ApiClient.Response saved = newHire.put("/api/v1/onboarding/" + token + "/personal-info", info);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		ApiClient.Response uploaded = OnboardingApi.upload(newHire, token, "ID_CARD", "id.png", OnboardingFixtures.PNG);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		OnboardingFixtures.signContract(newHire, jdbc, DEMO, token, email);
		ApiClient.Response submitted = newHire.post("/api/v1/onboarding/" + token + "/submit", null);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		ApiClient.Response completed = hr.post("/api/v1/onboarding-cases/" + caseId + "/complete", null);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		return UUID.fromString(completed.json().get("employeeId").asString());
	}

	private ApiClient.Response tokenFor(String login) {
		return ApiClient.withBasic(port, login, ApiClient.PASSWORD).post("/api/v1/auth/tokens", Map.of("name", "rehire"));
	}

	private static String frozenOn(ApiClient hr, UUID employee) {
		JsonNode frozen = LeaveFixtures.balance(hr, employee, "ANNUAL").get("frozenOn");
		return frozen == null || frozen.isNull() ? null : frozen.asString();
	}

	private static String formerEmployee(ApiClient hr, UUID candidate) {
		JsonNode found = hr.get("/api/v1/candidates/" + candidate).json().get("formerEmployeeId");
		return found == null || found.isNull() ? null : found.asString();
	}

	private static List<String> timelineTypes(ApiClient hr, UUID employee) {
		List<String> oldestFirst = new ArrayList<>();
		hr.get("/api/v1/employees/" + employee + "/timeline").json().forEach(e -> oldestFirst.add(0,
				e.get("type").asString()));
		return oldestFirst;
	}

	private static JsonNode rehireStep(ApiClient hr, UUID employee) {
		for (JsonNode step : hr.get("/api/v1/employees/" + employee + "/timeline").json()) {
			if (step.get("type").asString().equals("REHIRE")) {
				return step;
			}
		}
		throw new AssertionError("no REHIRE step");
	}

	private String personFactStatus(UUID employee) {
		List<String> status = jdbc.queryForList("select status from analytics.person_fact where tenant_id = 'demo' "
				+ "and employee_id = ?", String.class, employee);
		return status.isEmpty() ? null : status.get(0);
	}

	private LocalDate today() {
		return jdbc.queryForObject("select (now() at time zone t.time_zone)::date from platform.tenant t "
				+ "where t.id = 'demo'", LocalDate.class);
	}
}
