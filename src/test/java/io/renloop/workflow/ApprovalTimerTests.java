package io.renloop.workflow;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.DevOutbox;
import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Reminders and escalation on Flowable timers, with Flowable's clock moved forward and the due timer jobs run by
 * the test (the async executor is off in tests): demo's offer chain reminds the department head after 24 hours
 * and moves the task to their manager after 48.
 */
@RenloopIntegrationTest
class ApprovalTimerTests {

	@LocalServerPort
	int port;

	@Autowired
	ApprovalRequests requests;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SpringProcessEngineConfiguration engine;

	@Autowired
	ManagementService management;

	@Autowired
	DevOutbox outbox;

	@AfterEach
	void resetClock() {
		engine.getClock().reset();
	}

	@Test
	void headIsRemindedAfterADayAndTheTaskEscalatesToTheirManagerAfterTwo() {
		UUID offer = UUID.randomUUID();
		new Approvers(users).as("hr@demo.example", () -> requests.start(new ApprovalRequest("offer", offer,
				"Offer " + offer, new DemoData(jdbc).departmentId(DEMO, "MINING"), null, new BigDecimal("9000"),
				Map.of())));
		String process = jdbc.queryForObject("select process_instance_id from workflow.approval where subject_id = ?",
				String.class, offer);
		Instant start = Instant.now();
		assertThat(runDueTimers(process, start.plus(Duration.ofHours(23)))).isZero();
		assertThat(runDueTimers(process, start.plus(Duration.ofHours(25)))).isEqualTo(1);
		assertThat(SystemActor.callAs(DEMO, () -> outbox.messages(0, 20).content()))
			.anyMatch(m -> m.to().equals("manager@demo.example") && m.text().contains("部门负责人"));
		assertThat(inboxHas("manager@demo.example", offer)).isTrue();
		assertThat(runDueTimers(process, start.plus(Duration.ofHours(49)))).isEqualTo(1);
		assertThat(inboxHas("manager@demo.example", offer)).isFalse();
		assertThat(inboxHas("gm@demo.example", offer)).isTrue();
		JsonNode history = ApiClient.as(port, "gm@demo.example")
			.get("/api/v1/approvals/history?subjectType=offer&subjectId=" + offer)
			.json();
		assertThat(history.toString()).contains("ESCALATED");
	}

	private int runDueTimers(String processInstanceId, Instant now) {
		engine.getClock().setCurrentTime(Date.from(now));
		var due = management.createTimerJobQuery()
			.processInstanceId(processInstanceId)
			.duedateLowerThan(Date.from(now))
			.list();
		for (var timer : due) {
			management.moveTimerToExecutableJob(timer.getId());
			management.executeJob(timer.getId());
		}
		return due.size();
	}

	private boolean inboxHas(String login, UUID subject) {
		for (JsonNode task : ApiClient.as(port, login).get("/api/v1/approvals/inbox").json()) {
			if (task.get("subjectId").asString().equals(subject.toString())) {
				return true;
			}
		}
		return false;
	}
}
