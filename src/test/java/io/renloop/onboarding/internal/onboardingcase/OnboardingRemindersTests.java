package io.renloop.onboarding.internal.onboardingcase;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingFixtures;
import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily reminders, run for chosen days: owners hear of checklist items due within a day or overdue once per item
 * and day; the manager and HR hear of a probation's end 14 and 3 days ahead, its confirmation approval starts 14 days
 * ahead once, and an approval makes the employee ACTIVE.
 */
@RenloopIntegrationTest
class OnboardingRemindersTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OnboardingCases cases;

	@Autowired
	ChecklistReminders checklistReminders;

	@Autowired
	ProbationTracking probation;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private Map<String, Object> candidacy() {
		return jdbc.queryForMap("""
				select a.id as application_id, a.candidate_id, a.requisition_id, r.department_id, r.position_id
				from recruitment.application a join recruitment.requisition r on r.id = a.requisition_id
				where a.tenant_id = 'demo' and a.stage = 'OFFER' order by a.created_at limit 1""");
	}

	@Test
	void ownersAreRemindedOfDueAndOverdueItemsOncePerDay() {
		LocalDate start = LocalDate.of(2031, 5, 12);
		UUID caseId = SystemActor.callAs(DEMO, () -> cases.open(OnboardingFixtures.offer(DEMO, candidacy(), start)));
		LocalDate today = start.minusDays(1);
		Instant before = Instant.now().minusSeconds(1);

		SystemActor.runAs(DEMO, () -> checklistReminders.remind(today));

		List<Map<String, Object>> items = jdbc.queryForList(
				"select owner, due_date, last_reminded_on from onboarding.checklist_item where case_id = ?", caseId);
		assertThat(items).filteredOn(item -> ((java.sql.Date) item.get("due_date")).toLocalDate().isAfter(today.plusDays(1)))
			.as("not due yet").hasSize(1).allMatch(item -> item.get("last_reminded_on") == null);
		assertThat(items).filteredOn(item -> item.get("last_reminded_on") != null).hasSize(6);
		String name = jdbc.queryForObject("select candidate_name from onboarding.onboarding_case where id = ?",
				String.class, caseId);
		long mails = reminderMails(name, before);
		assertThat(jdbc.queryForList("""
				select recipient from platform.dev_outbox_message where tenant_id = 'demo' and created_at >= ?
				and subject like ?""", String.class, Timestamp.from(before), "%" + name + "%"))
			.contains("hr@demo.example");

		SystemActor.runAs(DEMO, () -> checklistReminders.remind(today));
		assertThat(reminderMails(name, before)).as("once per item and day").isEqualTo(mails);
		SystemActor.runAs(DEMO, () -> checklistReminders.remind(today.plusDays(1)));
		assertThat(reminderMails(name, before)).as("again the next day").isGreaterThan(mails);
	}

	@Test
	void probationRemindsStartsItsApprovalOnceAndAnApprovalConfirmsTheEmployee() {
		LocalDate start = LocalDate.now().minusMonths(3).plusDays(14);
		OfferAccepted offer = OnboardingFixtures.offer(DEMO, candidacy(), start);
		Instant sent = Instant.now().minusSeconds(1);
		UUID caseId = SystemActor.callAs(DEMO, () -> cases.open(offer));
		String name = jdbc.queryForObject("select candidate_name from onboarding.onboarding_case where id = ?",
				String.class, caseId);
		String token = OnboardingFixtures.linkToken(jdbc, DEMO, name, sent);
		ApiClient newHire = ApiClient.anonymous(port);
		@SuppressWarnings("unchecked")
		Map<String, Object> prefilled = JsonMapper.builder().build()
			.convertValue(newHire.get("/api/v1/onboarding/" + token).json().get("personalInfo"), Map.class);
		assertThat(newHire.put("/api/v1/onboarding/" + token + "/personal-info", OnboardingFixtures.completed(prefilled))
			.status()).isEqualTo(200);
		OnboardingFixtures.signContract(newHire, jdbc, DEMO, token, "new.hire@example.com");
		assertThat(newHire.post("/api/v1/onboarding/" + token + "/submit", null).status()).isEqualTo(200);
		ApiClient.Response completed = ApiClient.as(port, "hr@demo.example")
			.post("/api/v1/onboarding-cases/" + caseId + "/complete", null);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		UUID employeeId = UUID.fromString(completed.json().get("employeeId").asString());
		LocalDate end = start.plusMonths(3);

		Instant before = Instant.now().minusSeconds(1);
		SystemActor.runAs(DEMO, () -> probation.track(end.minusDays(15)));
		assertThat(probationMails(name, before)).as("not yet 14 days ahead").isZero();
		SystemActor.runAs(DEMO, () -> probation.track(end.minusDays(14)));
		long fourteen = probationMails(name, before);
		assertThat(fourteen).isPositive();
		assertThat(jdbc.queryForObject("select probation_approval_at is not null from onboarding.onboarding_case where id = ?",
				Boolean.class, caseId)).isTrue();
		SystemActor.runAs(DEMO, () -> probation.track(end.minusDays(10)));
		assertThat(probationMails(name, before)).as("nothing new until 3 days ahead").isEqualTo(fourteen);
		SystemActor.runAs(DEMO, () -> probation.track(end.minusDays(3)));
		assertThat(probationMails(name, before)).isGreaterThan(fourteen);

		transactions.executeWithoutResult(status -> events.publishEvent(new ApprovalDecided(DEMO,
				ProbationTracking.SUBJECT_TYPE, caseId, ApprovalOutcome.APPROVED, UUID.randomUUID(), "转正")));
		assertThat(Eventually.await(() -> "ACTIVE".equals(jdbc.queryForObject(
				"select status from employee.employee where id = ?", String.class, employeeId)) ? Boolean.TRUE : null))
			.as("confirmed by the approval").isTrue();
		assertThat(jdbc.queryForObject("select probation_outcome from onboarding.onboarding_case where id = ?",
				String.class, caseId)).isEqualTo("APPROVED");
	}

	private long reminderMails(String name, Instant since) {
		return jdbc.queryForObject("""
				select count(*) from platform.dev_outbox_message where tenant_id = 'demo' and created_at >= ?
				and subject like ? and subject like '%入职事项%'""", Long.class, Timestamp.from(since), "%" + name + "%");
	}

	private long probationMails(String name, Instant since) {
		return jdbc.queryForObject("""
				select count(*) from platform.dev_outbox_message where tenant_id = 'demo' and created_at >= ?
				and subject like ? and subject like '%试用期%'""", Long.class, Timestamp.from(since), "%" + name + "%");
	}
}
