package io.renloop.workflow.internal;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * An approver leaves: the employee's termination moves their open task to their own manager, with an audit entry
 * and a note in the approval history; the manager decides it from the inbox. The same termination delivered again
 * moves nothing.
 */
@RenloopIntegrationTest
@EnableScenarios
class ApprovalTasksMoveOnWhenTheApproverLeavesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void theLeaversTaskGoesToTheirManagerWithANote(Scenario scenario) {
		DemoData data = new DemoData(jdbc);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID finance = data.departmentId(DEMO, "FIN");
		UUID approver = hire(hr, finance, data.employeeOfUser("manager@demo.example"));
		UUID approverLogin = login(finance, approver);
		UUID report = hire(hr, finance, approver);
		UUID leave = sickDay(hr, report);
		assertThat(assignee(leave)).isEqualTo(approverLogin);
		LocalDate today = today();

		scenario.stimulate(() -> terminate(hr, approver, today))
			.andWaitForStateChange(() -> assignee(leave), assignee -> !approverLogin.equals(assignee))
			.andVerify(assignee -> assertThat(assignee).isEqualTo(data.userId("manager@demo.example")));

		assertThat(hr.get("/api/v1/approvals/history?subjectType=leave&subjectId=" + leave).body())
			.contains("[" + LeaverTasksMoveOn.NOTE + "]");
		assertThat(ApiClient.as(port, "manager@demo.example").get("/api/v1/approvals/inbox").body())
			.contains(leave.toString());
		assertThat(reassignments(leave)).isEqualTo(1);

		scenario.publish(new EmployeeLifecycleChanged(DEMO, approver, LifecycleChange.TERMINATION, today, finance,
				null))
			.andWaitForStateChange(() -> completed(approver), done -> done)
			.andVerify(done -> assertThat(reassignments(leave)).as("moved once").isEqualTo(1));
		assertThat(assignee(leave)).isEqualTo(data.userId("manager@demo.example"));
	}

	private UUID hire(ApiClient hr, UUID department, UUID manager) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeNo", TestUsers.unique("AP"));
		body.put("name", "审批离职");
		body.put("departmentId", department);
		body.put("managerId", manager);
		body.put("hireDate", "2021-05-06");
		body.put("status", "ACTIVE");
		ApiClient.Response created = hr.post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private UUID login(UUID department, UUID employee) {
		String login = TestUsers.unique("approver") + "@demo.test";
		administration.createUser(new NewUser(DEMO, login, "Approver", ApiClient.PASSWORD, Set.of(Role.MANAGER), null,
				department, employee));
		return new DemoData(jdbc).userId(login);
	}

	/** HR asks a day of sick leave for the employee a week ahead; its approval goes to the employee's manager. */
	private UUID sickDay(ApiClient hr, UUID employee) {
		String day = today().plusWeeks(1).with(java.time.DayOfWeek.WEDNESDAY).toString();
		ApiClient.Response submitted = hr.post("/api/v1/leave/requests", Map.of("employeeId", employee, "type", "SICK",
				"start", day, "end", day));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		return UUID.fromString(submitted.json().get("id").asString());
	}

	private static void terminate(ApiClient hr, UUID employee, LocalDate lastDay) {
		ApiClient.Response terminated = hr.post("/api/v1/employees/" + employee + "/lifecycle", Map.of("type",
				"TERMINATION", "effectiveDate", lastDay.toString()));
		assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
	}

	private UUID assignee(UUID subject) {
		return jdbc.queryForObject("select s.assignee_user_id from workflow.approval_step s join workflow.approval a "
				+ "on a.id = s.approval_id where a.subject_id = ? and s.task_id is not null and s.decided_at is null",
				UUID.class, subject);
	}

	private long reassignments(UUID subject) {
		return jdbc.queryForObject("select count(*) from platform.audit_event where action = 'REASSIGN' and entity_id in "
				+ "(select s.task_id from workflow.approval_step s join workflow.approval a on a.id = s.approval_id "
				+ "where a.subject_id = ?)", Long.class, subject);
	}

	private boolean completed(UUID employee) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Long.class, "%" + employee + "%") == 0;
	}

	private LocalDate today() {
		return jdbc.queryForObject("select (now() at time zone t.time_zone)::date from platform.tenant t "
				+ "where t.id = 'demo'", LocalDate.class);
	}
}
