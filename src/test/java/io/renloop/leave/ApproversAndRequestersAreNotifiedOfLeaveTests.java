package io.renloop.leave;

import static io.renloop.leave.LeaveFixtures.newMiner;
import static io.renloop.leave.LeaveFixtures.request;
import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Work notices follow a leave request through its approval: the approval task waiting for the manager is a notice
 * to the manager that links to the task, and the manager's decision is a notice to the requester, each in the
 * transaction of the step that caused it (the task's creation, the durable decision event's listener).
 */
@RenloopIntegrationTest
class ApproversAndRequestersAreNotifiedOfLeaveTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void theManagerHearsOfTheTaskAndTheRequesterOfTheDecision() {
		UUID miner = newMiner(port, new DemoData(jdbc));
		String minerLogin = TestUsers.unique("leave-notice") + "@demo.example";
		administration.createUser(new NewUser(DEMO, minerLogin, "请假测试", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE),
				null, null, miner));
		jdbc.update("update platform.user_account set locale = 'zh-CN' where email = ?", minerLogin);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		String id = hr.post("/api/v1/leave/requests", request(miner, "PERSONAL", "2026-08-04", "2026-08-04")).json()
			.get("id").asString();
		String task = Eventually.await(() -> taskOf(manager, id));
		assertThat(task).isNotNull();

		JsonNode waiting = Eventually.await(() -> notice(manager, "APPROVAL_WAITING", "/approvals?task=" + task));
		assertThat(waiting).as("the manager's notice of the task").isNotNull();

		assertThat(manager.post("/api/v1/approvals/" + task + "/decision", Map.of("outcome", "REJECTED")).status())
			.isEqualTo(200);

		JsonNode decided = Eventually.await(() -> notice(ApiClient.as(port, minerLogin), "LEAVE_DECIDED", "/me"));
		assertThat(decided).as("the requester's notice of the decision").isNotNull();
		assertThat(jdbc.queryForObject("select text from platform.work_notice where id = ?::uuid", String.class,
				decided.get("id").asString())).contains("已驳回");
	}

	private static JsonNode notice(ApiClient login, String topic, String linkStart) {
		for (JsonNode row : login.get("/api/v1/me/notices?limit=100").json()) {
			if (topic.equals(row.get("topic").asString()) && row.get("link").asString().startsWith(linkStart)) {
				return row;
			}
		}
		return null;
	}

	private static String taskOf(ApiClient approver, String subjectId) {
		for (JsonNode task : approver.get("/api/v1/approvals/inbox").json()) {
			if (task.get("subjectId").asString().equals(subjectId)) {
				return task.get("taskId").asString();
			}
		}
		return null;
	}
}
