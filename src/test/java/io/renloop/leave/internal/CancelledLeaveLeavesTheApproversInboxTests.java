package io.renloop.leave.internal;

import static io.renloop.leave.LeaveFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.leave.LeaveFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A pending leave request that ends without a decision — cancelled by the last day of the employment or by a person
 * — takes its approval task out of the approver's inbox: the approval is withdrawn, and its history says why.
 */
@RenloopIntegrationTest
@EnableScenarios
class CancelledLeaveLeavesTheApproversInboxTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Test
	void pendingLeaveCancelledByTheLastDayLeavesTheInbox(Scenario scenario) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID miner = LeaveFixtures.newMiner(port, new DemoData(jdbc));
		LocalDate lastDay = LeaveFixtures.wednesdayAWeekAhead(jdbc);
		UUID pending = pending(hr, request(miner, "ANNUAL", lastDay.plusDays(6).toString(),
				lastDay.plusDays(8).toString()));
		String approver = approverOf(pending);
		assertThat(inbox(approver)).contains(pending.toString());

		scenario.stimulate(() -> LeaveFixtures.terminate(hr, miner, lastDay))
			.andWaitForStateChange(() -> LeaveFixtures.status(jdbc, pending), "CANCELLED"::equals)
			.andVerify(status -> assertThat(inbox(approver)).doesNotContain(pending.toString()));

		assertThat(approvalStatus(pending)).isEqualTo("WITHDRAWN");
		assertThat(historyNames(pending)).contains("EMPLOYMENT_ENDED [WITHDRAWN]");
		assertThat(openTasks(pending)).isZero();
	}

	@Test
	void pendingLeaveCancelledByAPersonLeavesTheInbox() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID miner = LeaveFixtures.newMiner(port, new DemoData(jdbc));
		LocalDate day = LeaveFixtures.wednesdayAWeekAhead(jdbc).plusDays(6);
		UUID pending = pending(hr, request(miner, "ANNUAL", day.toString(), day.toString()));
		String approver = approverOf(pending);
		assertThat(inbox(approver)).contains(pending.toString());

		ApiClient.Response cancelled = hr.post("/api/v1/leave/requests/" + pending + "/cancel", null);

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(inbox(approver)).doesNotContain(pending.toString());
		assertThat(approvalStatus(pending)).isEqualTo("WITHDRAWN");
		assertThat(historyNames(pending)).contains("CANCELLED_BY_REQUESTER [WITHDRAWN]");
	}

	private UUID pending(ApiClient hr, Map<String, Object> body) {
		UUID id = LeaveFixtures.submit(hr, body);
		assertThat(LeaveFixtures.status(jdbc, id)).isEqualTo("PENDING");
		return id;
	}

	/** The login of a person the request's open task is assigned or offered to. */
	private String approverOf(UUID request) {
		Task task = tasks.createTaskQuery().processInstanceId(process(request)).list().get(0);
		String user = task.getAssignee() != null ? task.getAssignee()
				: tasks.getIdentityLinksForTask(task.getId())
					.stream()
					.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
					.findFirst()
					.orElseThrow()
					.getUserId();
		return jdbc.queryForObject("select email from platform.user_account where id = ?", String.class,
				UUID.fromString(user));
	}

	private List<String> inbox(String login) {
		List<String> subjects = new ArrayList<>();
		ApiClient.as(port, login).get("/api/v1/approvals/inbox").json()
			.forEach(task -> subjects.add(task.get("subjectId").asString()));
		return subjects;
	}

	private long openTasks(UUID request) {
		return tasks.createTaskQuery().processInstanceId(process(request)).count();
	}

	private String process(UUID request) {
		return jdbc.queryForObject("select process_instance_id from workflow.approval where subject_type = 'leave' "
				+ "and subject_id = ?", String.class, request);
	}

	private String approvalStatus(UUID request) {
		return jdbc.queryForObject("select status from workflow.approval where subject_type = 'leave' "
				+ "and subject_id = ?", String.class, request);
	}

	/** The approval's steps as its history shows them: the name and, in brackets, the note. */
	private List<String> historyNames(UUID request) {
		return jdbc.queryForList("""
				select s.name || coalesce(' [' || s.note || ']', '') from workflow.approval_step s
				join workflow.approval a on a.id = s.approval_id
				where a.subject_type = 'leave' and a.subject_id = ? order by s.created_at""", String.class, request);
	}
}
