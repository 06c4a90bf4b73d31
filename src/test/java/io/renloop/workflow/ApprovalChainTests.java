package io.renloop.workflow;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/** Chains configured without BPMN (hierarchy, role, threshold, parallel all/any, fallback) and uploaded BPMN. */
@RenloopIntegrationTest
class ApprovalChainTests {

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

	DemoData data;

	@BeforeEach
	void setUp() {
		approvers = new Approvers(users);
		data = new DemoData(jdbc);
	}

	static String newSubjectType() {
		return "t-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Map<String, Object> step(String name, String kind, Object levelsOrRole, String mode) {
		Map<String, Object> step = new HashMap<>();
		step.put("name", name);
		step.put("kind", kind);
		step.put(kind.equals("MANAGER") ? "levels" : "role", levelsOrRole);
		step.put("mode", mode);
		return step;
	}

	void configure(String type, List<Map<String, Object>> steps) {
		assertThat(ApiClient.as(port, "hr@demo.example")
			.put("/api/v1/approvals/chains/" + type, Map.of("steps", steps))
			.status()).isEqualTo(200);
	}

	UUID start(String type, UUID department, BigDecimal amount) {
		UUID subject = UUID.randomUUID();
		approvers.as("hr@demo.example",
				() -> requests.start(new ApprovalRequest(type, subject, "T " + subject, department, null, amount,
						Map.of())));
		return subject;
	}

	String taskOf(String login, UUID subject) {
		for (JsonNode task : ApiClient.as(port, login).get("/api/v1/approvals/inbox").json()) {
			if (task.get("subjectId").asString().equals(subject.toString())) {
				return task.get("taskId").asString();
			}
		}
		return null;
	}

	void approve(String login, UUID subject) {
		String task = taskOf(login, subject);
		assertThat(task).as("task of %s", login).isNotNull();
		assertThat(ApiClient.as(port, login)
			.post("/api/v1/approvals/" + task + "/decision", Map.of("outcome", "APPROVED"))
			.status()).isEqualTo(200);
	}

	String status(UUID subject) {
		return jdbc.queryForObject("select status from workflow.approval where subject_id = ?", String.class, subject);
	}

	@Test
	void unconfiguredTypeShowsTheDefaultChain() {
		JsonNode chain = ApiClient.as(port, "hr@demo.example").get("/api/v1/approvals/chains/" + newSubjectType()).json();
		assertThat(chain.get("source").asString()).isEqualTo("DEFAULT");
		assertThat(chain.get("steps").get(0).get("kind").asString()).isEqualTo("MANAGER");
	}

	@Test
	void approvalsStartedAtTheSameMomentOnANewChainAllStartOnOneDeployment() throws Exception {
		String type = newSubjectType();
		configure(type, List.of(step("Heads", "MANAGER", 1, "SEQUENTIAL")));
		UUID department = data.departmentId(DEMO, "MINING");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<UUID>> started = new java.util.ArrayList<>();
			for (int i = 0; i < 6; i++) {
				started.add(pool.submit(() -> start(type, department, null)));
			}
			for (java.util.concurrent.Future<UUID> subject : started) {
				assertThat(status(subject.get())).isEqualTo("RUNNING");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = ? and tenant_id_ = ?",
				Integer.class, "approval_" + type.replace('-', '_'), DEMO)).isEqualTo(1);
	}

	@Test
	void managerHierarchyTwoLevelsUpOneAfterTheOther() {
		String type = newSubjectType();
		configure(type, List.of(step("Heads", "MANAGER", 2, "SEQUENTIAL")));
		UUID subject = start(type, data.departmentId(DEMO, "MINING"), null);
		assertThat(taskOf("gm@demo.example", subject)).as("level 2 waits for level 1").isNull();
		approve("manager@demo.example", subject);
		approve("gm@demo.example", subject);
		assertThat(status(subject)).isEqualTo("APPROVED");
	}

	@Test
	void aLevelWithoutALoginIsSkippedAndRecorded() {
		String type = newSubjectType();
		configure(type, List.of(step("Heads", "MANAGER", 2, "SEQUENTIAL")));
		UUID subject = start(type, data.departmentId(DEMO, "COAL-1"), null);
		approve("manager@demo.example", subject);
		assertThat(status(subject)).isEqualTo("APPROVED");
		assertThat(approvers.as("hr@demo.example", () -> requests.history(type, subject)))
			.extracting(ApprovalStep::name)
			.anyMatch(name -> name.contains("L1") && name.contains("SKIPPED"));
	}

	@Test
	void parallelAllNeedsEveryHolderOfTheRole() {
		String type = newSubjectType();
		TestUsers.createUser(administration, DEMO, Role.FINANCE);
		configure(type, List.of(step("Finance", "ROLE", "FINANCE", "PARALLEL_ALL")));
		UUID subject = start(type, null, null);
		List<String> holders = financeLogins();
		assertThat(holders).hasSizeGreaterThanOrEqualTo(2);
		for (String holder : holders) {
			assertThat(status(subject)).isEqualTo("RUNNING");
			approve(holder, subject);
		}
		assertThat(status(subject)).isEqualTo("APPROVED");
	}

	@Test
	void parallelAnyEndsWithTheFirstApproval() {
		String type = newSubjectType();
		TestUsers.createUser(administration, DEMO, Role.FINANCE);
		configure(type, List.of(step("Finance", "ROLE", "FINANCE", "PARALLEL_ANY")));
		UUID subject = start(type, null, null);
		List<String> holders = financeLogins();
		approve(holders.get(0), subject);
		assertThat(status(subject)).isEqualTo("APPROVED");
		assertThat(taskOf(holders.get(1), subject)).isNull();
		assertThat(approvers.as("hr@demo.example", () -> requests.history(type, subject)))
			.as("every task of the step is decided or closed")
			.allMatch(step -> step.decidedAt() != null);
	}

	@Test
	void parallelAnyClosesTheOtherTasksAndTheChainGoesOn() {
		String type = newSubjectType();
		TestUsers.createUser(administration, DEMO, Role.FINANCE);
		configure(type, List.of(step("Finance", "ROLE", "FINANCE", "PARALLEL_ANY"),
				step("GM", "ROLE", "GENERAL_MANAGER", "SEQUENTIAL")));
		UUID subject = start(type, null, null);
		List<String> holders = financeLogins();
		approve(holders.get(0), subject);
		assertThat(status(subject)).isEqualTo("RUNNING");
		assertThat(taskOf(holders.get(1), subject)).isNull();
		assertThat(approvers.as("hr@demo.example", () -> requests.history(type, subject)))
			.filteredOn(step -> step.name().startsWith("Finance"))
			.allMatch(step -> step.decidedAt() != null);
		approve("gm@demo.example", subject);
		assertThat(status(subject)).isEqualTo("APPROVED");
	}

	@Test
	void roleStepOffersOneTaskToEveryHolderAndTheFirstWins() {
		String type = newSubjectType();
		TestUsers.createUser(administration, DEMO, Role.FINANCE);
		configure(type, List.of(step("Finance", "ROLE", "FINANCE", "SEQUENTIAL")));
		UUID subject = start(type, null, null);
		List<String> holders = financeLogins();
		assertThat(taskOf(holders.get(1), subject)).isEqualTo(taskOf(holders.get(0), subject));
		approve(holders.get(1), subject);
		assertThat(status(subject)).isEqualTo("APPROVED");
		assertProblem(ApiClient.as(port, holders.get(0))
			.post("/api/v1/approvals/" + lastTask(subject) + "/decision", Map.of("outcome", "APPROVED")), 409);
	}

	@Test
	void thresholdAddsAStepOnlyAboveTheAmount() {
		String type = newSubjectType();
		Map<String, Object> gm = step("GM", "ROLE", "GENERAL_MANAGER", "SEQUENTIAL");
		gm.put("amountAbove", 5000);
		configure(type, List.of(step("Head", "MANAGER", 1, "SEQUENTIAL"), gm));
		UUID small = start(type, data.departmentId(DEMO, "MINING"), new BigDecimal("5000"));
		approve("manager@demo.example", small);
		assertThat(status(small)).isEqualTo("APPROVED");
		UUID large = start(type, data.departmentId(DEMO, "MINING"), new BigDecimal("5000.01"));
		approve("manager@demo.example", large);
		assertThat(status(large)).isEqualTo("RUNNING");
		approve("gm@demo.example", large);
		assertThat(status(large)).isEqualTo("APPROVED");
	}

	@Test
	void aChainThatResolvesToNobodyFallsBackToTenantAdministrators() {
		String type = newSubjectType();
		configure(type, List.of(step("Head", "MANAGER", 1, "SEQUENTIAL")));
		UUID subject = start(type, null, null);
		approve("admin@demo.example", subject);
		assertThat(status(subject)).isEqualTo("APPROVED");
	}

	@Test
	void invalidStepsAreRefusedFieldByField() {
		Map<String, Object> bad = step("", "MANAGER", 9, "SEQUENTIAL");
		bad.put("reminder", "tomorrow");
		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example")
			.put("/api/v1/approvals/chains/" + newSubjectType(), Map.of("steps", List.of(bad))), 400);
		assertThat(errorFields(problem)).contains("steps[0].name", "steps[0].levels", "steps[0].reminder");
		assertProblem(ApiClient.as(port, "manager@demo.example")
			.put("/api/v1/approvals/chains/" + newSubjectType(), Map.of("steps", List.of())), 403);
	}

	@Test
	void uploadedBpmnRunsWithRoleGroupsAsCandidates() {
		String type = newSubjectType();
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="renloop">
				  <process id="custom_%s" name="Large amounts" isExecutable="true">
				    <documentation>Amounts above 1,000 need the general manager.</documentation>
				    <startEvent id="start"/>
				    <sequenceFlow id="f1" sourceRef="start" targetRef="gate"/>
				    <exclusiveGateway id="gate" default="small"/>
				    <sequenceFlow id="large" sourceRef="gate" targetRef="finance">
				      <conditionExpression>${amount != null &amp;&amp; amount &gt; 1000}</conditionExpression>
				    </sequenceFlow>
				    <sequenceFlow id="small" sourceRef="gate" targetRef="end"/>
				    <userTask id="finance" name="Finance check" flowable:candidateGroups="GENERAL_MANAGER"
				        flowable:dueDate="P2D"/>
				    <boundaryEvent id="late" attachedToRef="finance" cancelActivity="false">
				      <timerEventDefinition><timeDuration>PT48H</timeDuration></timerEventDefinition>
				    </boundaryEvent>
				    <sequenceFlow id="f3" sourceRef="late" targetRef="lateEnd"/>
				    <endEvent id="lateEnd"/>
				    <sequenceFlow id="f2" sourceRef="finance" targetRef="end"/>
				    <endEvent id="end"/>
				  </process>
				</definitions>""".formatted(type.replace('-', '_'));
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		assertThat(hr.postFile("/api/v1/approvals/chains/" + type + "/bpmn", "file", "chain.bpmn20.xml",
				xml.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
		assertThat(hr.get("/api/v1/approvals/chains/" + type).json().get("source").asString()).isEqualTo("BPMN");
		UUID subject = start(type, null, new BigDecimal("5000"));
		approve("gm@demo.example", subject);
		assertThat(status(subject)).isEqualTo("APPROVED");
	}

	@Test
	void unreadableOrTasklessBpmnIsRefused() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		assertProblem(hr.postFile("/api/v1/approvals/chains/" + newSubjectType() + "/bpmn", "file", "x.bpmn",
				"<definitions><oops".getBytes(StandardCharsets.UTF_8)), 422);
		String taskless = """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="renloop">
				  <process id="p" isExecutable="true"><startEvent id="s"/></process>
				</definitions>""";
		assertProblem(hr.postFile("/api/v1/approvals/chains/" + newSubjectType() + "/bpmn", "file", "x.bpmn",
				taskless.getBytes(StandardCharsets.UTF_8)), 422);
	}

	@Test
	void bpmnThatWouldRunCodeIsRefused() {
		String script = """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="renloop">
				  <process id="p" isExecutable="true"><startEvent id="s"/>
				    <sequenceFlow id="f1" sourceRef="s" targetRef="t"/><userTask id="t" name="Check"/>
				    <sequenceFlow id="f2" sourceRef="t" targetRef="run"/>
				    <scriptTask id="run" scriptFormat="groovy"><script>System.exit(1)</script></scriptTask>
				  </process>
				</definitions>""";
		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example")
			.postFile("/api/v1/approvals/chains/" + newSubjectType() + "/bpmn", "file", "x.bpmn",
					script.getBytes(StandardCharsets.UTF_8)), 422);
		assertThat(problem.get("detail").asString()).contains("run");
		String beanCall = """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="renloop">
				  <process id="p" isExecutable="true"><startEvent id="s"/>
				    <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
				    <serviceTask id="svc" flowable:expression="${jdbcTemplate.execute('drop table x')}"/>
				    <userTask id="t" name="Check"/>
				  </process>
				</definitions>""";
		assertProblem(ApiClient.as(port, "hr@demo.example")
			.postFile("/api/v1/approvals/chains/" + newSubjectType() + "/bpmn", "file", "x.bpmn",
					beanCall.getBytes(StandardCharsets.UTF_8)), 422);
	}

	private String lastTask(UUID subject) {
		return jdbc.queryForObject("""
				select s.task_id from workflow.approval_step s join workflow.approval a on a.id = s.approval_id
				where a.subject_id = ? and s.task_id is not null order by s.created_at desc limit 1""", String.class,
				subject);
	}

	private List<String> financeLogins() {
		return SystemActor.callAs(DEMO, administration::users)
			.stream()
			.filter(u -> u.roles().contains(Role.FINANCE))
			.map(TenantAdministration.UserView::email)
			.toList();
	}
}
