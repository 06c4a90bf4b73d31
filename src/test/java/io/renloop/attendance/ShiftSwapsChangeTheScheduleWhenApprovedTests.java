package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An underground worker asks to swap a day with a miner of the other team; the approval (workflow subject
 * {@code shift-swap}) starts, and once approved each works the other's shift that day; a repeated decision changes
 * nothing; a swap of equal shifts is refused.
 */
@RenloopIntegrationTest
class ShiftSwapsChangeTheScheduleWhenApprovedTests {

	static final String DAY = "2027-03-03";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anApprovedSwapExchangesTheShiftsOnce() {
		DemoData data = new DemoData(jdbc);
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID me = data.employeeOfUser("employee@demo.example");
		UUID partner = data.someEmployeeIn(DEMO, "COAL-2");
		String mine = shift(hr, me);
		String theirs = shift(hr, partner);
		assertThat(mine).isNotEqualTo(theirs);

		ApiClient.Response requested = employee.post("/api/v1/attendance/shift-swaps",
				Map.of("partnerId", partner, "date", DAY, "reason", "家中有事"));
		assertThat(requested.status()).isEqualTo(201);
		assertThat(requested.json().get("status").asString()).isEqualTo("PENDING");
		UUID swap = UUID.fromString(requested.json().get("id").asString());
		assertThat(hr.get("/api/v1/approvals/history?subjectType=shift-swap&subjectId=" + swap).json()).isNotEmpty();

		decide(swap);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> String.valueOf(theirs).equals(shift(hr, me)));
		assertThat(shift(hr, partner)).isEqualTo(mine);

		decide(swap);
		Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
		assertThat(shift(hr, me)).isEqualTo(String.valueOf(theirs));
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_id = ? "
				+ "and action = 'APPROVAL_APPROVED'", Long.class, swap.toString())).isEqualTo(1);
	}

	@Test
	void aSwapOfEqualShiftsOrWithOneselfIsRefused() {
		UUID me = new DemoData(jdbc).employeeOfUser("employee@demo.example");
		UUID teammate = jdbc.queryForObject("select id from employee.employee where department_id = "
				+ "(select department_id from employee.employee where id = ?) and id <> ? limit 1", UUID.class, me, me);
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		// another day than the approved swap's, which made the two teammates' shifts differ
		String day = "2027-03-10";
		assertProblem(employee.post("/api/v1/attendance/shift-swaps", Map.of("partnerId", teammate, "date", day)), 409);
		assertProblem(employee.post("/api/v1/attendance/shift-swaps", Map.of("partnerId", me, "date", day)), 400);
		assertProblem(employee.post("/api/v1/attendance/shift-swaps", Map.of("partnerId", teammate, "date",
				"2020-01-01")), 400);
	}

	private void decide(UUID swap) {
		transactions.executeWithoutResult(status -> events.publishEvent(new ApprovalDecided(DEMO, "shift-swap", swap,
				ApprovalOutcome.APPROVED, UUID.randomUUID(), null)));
	}

	/** The employee's shift code on the day, "-" for a day off. */
	private static String shift(ApiClient hr, UUID employee) {
		var day = hr.get("/api/v1/attendance/schedule?employeeId=" + employee + "&from=" + DAY + "&to=" + DAY).json()
			.get(0);
		return day.get("shift").isNull() ? "-" : day.get("shift").get("code").asString();
	}
}
