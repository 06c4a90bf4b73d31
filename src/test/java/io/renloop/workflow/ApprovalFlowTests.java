package io.renloop.workflow;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * The whole approval of an offer in tenant demo: started by the onboarding side, tasks in the right inboxes, one
 * decision after the other, exactly one {@link ApprovalDecided}.
 */
@RenloopIntegrationTest
@RecordApplicationEvents
class ApprovalFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	ApprovalRequests requests;

	@Autowired
	ApprovalInbox inbox;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Approvers approvers;

	UUID mining;

	@BeforeEach
	void setUp() {
		approvers = new Approvers(users);
		mining = new DemoData(jdbc).departmentId(DEMO, "MINING");
	}

	UUID startOffer(BigDecimal salary) {
		UUID offer = UUID.randomUUID();
		approvers.as("hr@demo.example", () -> requests.start(new ApprovalRequest("offer", offer, "Offer · 测试 · " + offer,
				mining, null, salary, Map.of("position", "安全工程师"))));
		return offer;
	}

	String taskOf(String login, UUID subject) {
		JsonNode inbox = ApiClient.as(port, login).get("/api/v1/approvals/inbox").json();
		for (JsonNode task : inbox) {
			if (task.get("subjectId").asString().equals(subject.toString())) {
				return task.get("taskId").asString();
			}
		}
		return null;
	}

	void decide(String login, String taskId, ApprovalOutcome outcome) {
		approvers.run(login, () -> inbox.decide(taskId, outcome, "ok " + login));
	}

	List<ApprovalDecided> decidedFor(UUID subject) {
		return events.stream(ApprovalDecided.class).filter(e -> e.subjectId().equals(subject)).toList();
	}

	@Test
	void highSalaryOfferGoesThroughDepartmentHeadHrAndGeneralManager() {
		UUID offer = startOffer(new BigDecimal("35000"));
		assertThat(taskOf("hr@demo.example", offer)).as("HR waits for the department head").isNull();
		String head = taskOf("manager@demo.example", offer);
		assertThat(head).isNotNull();
		decide("manager@demo.example", head, ApprovalOutcome.APPROVED);
		assertThat(decidedFor(offer)).isEmpty();
		String hr = taskOf("hr@demo.example", offer);
		assertThat(hr).isNotNull();
		decide("hr@demo.example", hr, ApprovalOutcome.APPROVED);
		String gm = taskOf("gm@demo.example", offer);
		assertThat(gm).as("salary above 30000 adds the general manager").isNotNull();
		decide("gm@demo.example", gm, ApprovalOutcome.APPROVED);
		assertThat(decidedFor(offer)).singleElement().satisfies(decided -> {
			assertThat(decided.outcome()).isEqualTo(ApprovalOutcome.APPROVED);
			assertThat(decided.tenantId()).isEqualTo(DEMO);
			assertThat(decided.subjectType()).isEqualTo("offer");
			assertThat(decided.comment()).isEqualTo("ok gm@demo.example");
		});
		assertThat(approvers.as("hr@demo.example", () -> requests.history("offer", offer)))
			.filteredOn(step -> step.taskId() != null)
			.extracting(ApprovalStep::outcome)
			.containsExactly(ApprovalOutcome.APPROVED, ApprovalOutcome.APPROVED, ApprovalOutcome.APPROVED);
	}

	@Test
	void salaryAtThresholdEndsAfterHr() {
		UUID offer = startOffer(new BigDecimal("30000"));
		decide("manager@demo.example", taskOf("manager@demo.example", offer), ApprovalOutcome.APPROVED);
		decide("hr@demo.example", taskOf("hr@demo.example", offer), ApprovalOutcome.APPROVED);
		assertThat(taskOf("gm@demo.example", offer)).isNull();
		assertThat(decidedFor(offer)).extracting(ApprovalDecided::outcome).containsExactly(ApprovalOutcome.APPROVED);
	}

	@Test
	void rejectionEndsTheApprovalAtOnce() {
		UUID offer = startOffer(new BigDecimal("35000"));
		decide("manager@demo.example", taskOf("manager@demo.example", offer), ApprovalOutcome.REJECTED);
		assertThat(taskOf("hr@demo.example", offer)).isNull();
		assertThat(decidedFor(offer)).singleElement()
			.extracting(ApprovalDecided::outcome)
			.isEqualTo(ApprovalOutcome.REJECTED);
	}

	@Test
	void returnedEndsWithReturned() {
		UUID offer = startOffer(new BigDecimal("1000"));
		decide("manager@demo.example", taskOf("manager@demo.example", offer), ApprovalOutcome.APPROVED);
		decide("hr@demo.example", taskOf("hr@demo.example", offer), ApprovalOutcome.RETURNED);
		assertThat(decidedFor(offer)).singleElement()
			.extracting(ApprovalDecided::outcome)
			.isEqualTo(ApprovalOutcome.RETURNED);
	}
}
