package io.renloop.workflow;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/** Who may decide what, and when: not yours, twice, racing, other tenants, delegation, history access. */
@RenloopIntegrationTest
class ApprovalRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApprovalRequests requests;

	@Autowired
	UserDetailsService users;

	@Autowired
	TenantAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	Approvers approvers;

	UUID mining;

	@BeforeEach
	void setUp() {
		approvers = new Approvers(users);
		mining = new DemoData(jdbc).departmentId(DEMO, "MINING");
	}

	UUID startOffer() {
		UUID offer = UUID.randomUUID();
		approvers.as("hr@demo.example",
				() -> requests.start(new ApprovalRequest("offer", offer, "Offer " + offer, mining, null,
						new BigDecimal("12000"), Map.of())));
		return offer;
	}

	String taskOf(String login, UUID subject) {
		for (JsonNode task : ApiClient.as(port, login).get("/api/v1/approvals/inbox").json()) {
			if (task.get("subjectId").asString().equals(subject.toString())) {
				return task.get("taskId").asString();
			}
		}
		return null;
	}

	ApiClient.Response decide(String login, String taskId, String outcome) {
		return ApiClient.as(port, login)
			.post("/api/v1/approvals/" + taskId + "/decision", Map.of("outcome", outcome, "comment", "同意"));
	}

	@Test
	void inboxShowsWhatApproversNeed() {
		UUID offer = startOffer();
		JsonNode task = null;
		for (JsonNode each : ApiClient.as(port, "manager@demo.example").get("/api/v1/approvals/inbox").json()) {
			if (each.get("subjectId").asString().equals(offer.toString())) {
				task = each;
			}
		}
		assertThat(task).isNotNull();
		assertThat(task.get("subjectType").asString()).isEqualTo("offer");
		assertThat(task.get("title").asString()).isEqualTo("Offer " + offer);
		assertThat(task.get("amount").decimalValue()).isEqualByComparingTo("12000");
		assertThat(task.get("dueAt").isNull()).as("a reminder is due").isFalse();
	}

	@Test
	void decidingSomebodyElsesTaskIsForbidden() {
		String task = taskOf("manager@demo.example", startOffer());
		assertProblem(decide("employee@demo.example", task, "APPROVED"), 403);
		assertProblem(decide("hr@demo.example", task, "REJECTED"), 403);
	}

	@Test
	void decidingTwiceIsAConflict() {
		String task = taskOf("manager@demo.example", startOffer());
		assertThat(decide("manager@demo.example", task, "APPROVED").status()).isEqualTo(200);
		assertProblem(decide("manager@demo.example", task, "APPROVED"), 409);
	}

	@Test
	void unknownTaskIsNotFound() {
		assertProblem(decide("manager@demo.example", UUID.randomUUID().toString(), "APPROVED"), 404);
	}

	@Test
	void twoRacingDecisionsGiveOneSuccessAndOneConflict() throws Exception {
		String task = taskOf("manager@demo.example", startOffer());
		ApiClient.as(port, "manager@demo.example");
		CountDownLatch ready = new CountDownLatch(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (String outcome : List.of("APPROVED", "REJECTED")) {
				results.add(pool.submit(() -> {
					ready.countDown();
					ready.await();
					return decide("manager@demo.example", task, outcome).status();
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		Integer decided = jdbc.queryForObject(
				"select count(*) from workflow.approval_step where task_id = ? and outcome is not null", Integer.class,
				task);
		assertThat(decided).isEqualTo(1);
	}

	@Test
	void anotherTenantCanNeitherSeeNorDecideTheTask() {
		UUID offer = startOffer();
		String task = taskOf("manager@demo.example", offer);
		for (String login : List.of("hr@acme.example", "admin@acme.example")) {
			assertThat(taskOf(login, offer)).isNull();
			assertProblem(decide(login, task, "APPROVED"), 404);
			assertThat(ApiClient.as(port, login)
				.get("/api/v1/approvals/history?subjectType=offer&subjectId=" + offer)
				.json()
				.toString()).doesNotContain(task);
		}
		assertThat(decide("manager@demo.example", task, "APPROVED").status()).isEqualTo(200);
	}

	@Test
	void historyIsForParticipantsAndApprovalAdministrators() {
		UUID offer = startOffer();
		String path = "/api/v1/approvals/history?subjectType=offer&subjectId=" + offer;
		assertThat(ApiClient.as(port, "manager@demo.example").get(path).status()).isEqualTo(200);
		assertThat(ApiClient.as(port, "admin@demo.example").get(path).status()).isEqualTo(200);
		assertProblem(ApiClient.as(port, "employee@demo.example").get(path), 403);
	}

	@Test
	void startingASecondApprovalOfTheSameSubjectIsRefused() {
		UUID offer = startOffer();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> approvers.as("hr@demo.example",
					() -> requests.start(new ApprovalRequest("offer", offer, "again", mining, null, null, Map.of()))))
			.isInstanceOf(io.renloop.platform.BusinessRuleException.class);
	}

	@Test
	void delegationSendsNewAndOpenTasksToTheDelegateOnBehalfOfTheAbsentee() {
		UUID lead = jdbc.queryForObject(
				"select manager_id from organization.department where tenant_id = 'demo' and code = 'COAL-2'", UUID.class);
		UUID member = jdbc.queryForObject("""
				select id from employee.employee where tenant_id = 'demo' and manager_id = ? limit 1""", UUID.class,
				lead);
		String leadLogin = TestUsers.unique("lead") + "@demo.test";
		UUID leadUser = administration.createUser(new NewUser(DEMO, leadLogin, "Team lead", ApiClient.PASSWORD,
				Set.of(Role.EMPLOYEE), null, null, lead));
		String deputyLogin = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		UUID deputy = approvers.as(deputyLogin, () -> io.renloop.platform.CurrentUser.require().userId());
		UUID open = UUID.randomUUID();
		approvers.as(leadLogin, () -> requests.start(new ApprovalRequest("leave", open, "Leave", null, member, null,
				Map.of())));
		assertThat(taskOf(leadLogin, open)).isNotNull();
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		assertThat(ApiClient.as(port, leadLogin)
			.put("/api/v1/approvals/delegation",
					Map.of("delegateUserId", deputy, "from", today.minusDays(1), "to", today.plusDays(3)))
			.status()).isEqualTo(200);
		assertThat(taskOf(leadLogin, open)).as("handed over").isNull();
		UUID arriving = UUID.randomUUID();
		approvers.as("hr@demo.example", () -> requests.start(new ApprovalRequest("leave", arriving, "Leave", null,
				member, null, Map.of())));
		assertThat(taskOf(leadLogin, arriving)).isNull();
		String delegated = taskOf(deputyLogin, arriving);
		assertThat(decide(deputyLogin, delegated, "APPROVED").status()).isEqualTo(200);
		assertThat(decide(deputyLogin, taskOf(deputyLogin, open), "APPROVED").status()).isEqualTo(200);
		JsonNode history = ApiClient.as(port, deputyLogin)
			.get("/api/v1/approvals/history?subjectType=leave&subjectId=" + arriving)
			.json();
		JsonNode step = history.get(history.size() - 1);
		assertThat(step.get("name").asString()).contains("ON_BEHALF");
		assertThat(step.get("assigneeUserId").asString()).isEqualTo(leadUser.toString());
		assertThat(step.get("decidedByUserId").asString()).isEqualTo(deputy.toString());
		assertProblem(ApiClient.as(port, leadLogin)
			.put("/api/v1/approvals/delegation", Map.of("delegateUserId", leadUser, "from", today, "to", today)), 400);
	}
}
