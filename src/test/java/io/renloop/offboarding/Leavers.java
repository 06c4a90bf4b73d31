package io.renloop.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.TestUsers;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Fresh employees with a login of their own, and their leaving cases, for the offboarding tests. */
public record Leavers(int port, JdbcTemplate jdbc, TenantAdministration administration) {

	/** A new employee of the department, hired on the day, with an EMPLOYEE login; returns the login. */
	public Leaver hire(UUID departmentId, LocalDate hireDate) {
		ApiClient.Response hired = ApiClient.as(port, "hr@demo.example").post("/api/v1/employees",
				Map.of("employeeNo", TestUsers.unique("OB"), "name", "离职测试", "departmentId", departmentId, "hireDate",
						hireDate.toString(), "status", "ACTIVE"));
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		UUID employeeId = UUID.fromString(hired.json().get("id").asString());
		String login = TestUsers.unique("leaver") + "@demo.test";
		administration.createUser(new NewUser("demo", login, "Leaver", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE), null,
				departmentId, employeeId));
		return new Leaver(employeeId, login);
	}

	/** HR opens a case; returns its id. */
	public UUID open(Map<String, Object> body) {
		ApiClient.Response opened = ApiClient.as(port, "hr@demo.example").post("/api/v1/offboarding/cases", body);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return UUID.fromString(opened.json().get("id").asString());
	}

	/** Publishes the approval engine's outcome and waits until the case left PENDING_APPROVAL. */
	void decide(ApplicationEventPublisher events, TransactionTemplate transactions, UUID caseId,
			ApprovalOutcome outcome) {
		transactions.executeWithoutResult(status -> events.publishEvent(new ApprovalDecided("demo", "offboarding",
				caseId, outcome, UUID.randomUUID(), "ok")));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !"PENDING_APPROVAL".equals(status(caseId)));
	}

	public String status(UUID caseId) {
		return jdbc.queryForObject("select status from offboarding.offboarding_case where id = ?", String.class, caseId);
	}

	/** The demo tenant's today (Asia/Shanghai). */
	public LocalDate today() {
		return jdbc.queryForObject("select (now() at time zone t.time_zone)::date from platform.tenant t where t.id = 'demo'",
				LocalDate.class);
	}

	public record Leaver(UUID employeeId, String login) {
	}
}
