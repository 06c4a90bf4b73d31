package io.renloop.leave.internal;

import static io.renloop.leave.LeaveFixtures.balance;
import static io.renloop.leave.LeaveFixtures.request;
import static io.renloop.leave.LeaveFixtures.status;
import static io.renloop.leave.LeaveFixtures.submit;
import static io.renloop.leave.LeaveFixtures.terminate;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.leave.LeaveFixtures;
import io.renloop.platform.TenantTransactions;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * The employee's termination (effective on the last day) freezes the leave: leave wholly after the last day is
 * cancelled and its days come back, leave running past it ends on it, each saying why; the balance shows it is
 * frozen and nothing more is requested or adjusted. The same termination delivered again changes nothing.
 */
@RenloopIntegrationTest
@EnableScenarios
class LeaveFreezesWhenTheEmploymentEndsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LeaveEndsWithEmployment leaveEnds;

	@Autowired
	TenantTransactions inTenant;

	@Test
	void leaveAfterTheLastDayIsCancelledAndTheBalanceFreezes(Scenario scenario) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID miner = LeaveFixtures.newMiner(port, new DemoData(jdbc));
		// a Wednesday at least a week ahead: the requests around it fall on working days
		LocalDate lastDay = LeaveFixtures.wednesdayAWeekAhead(jdbc);
		UUID after = submit(hr, request(miner, "ANNUAL", lastDay.plusDays(6).toString(),
				lastDay.plusDays(8).toString()));
		scenario.publish(new ApprovalDecided(DEMO, "leave", after, ApprovalOutcome.APPROVED, UUID.randomUUID(), "ok"))
			.andWaitForStateChange(() -> status(jdbc, after), "APPROVED"::equals)
			.andVerify(status -> assertThat(balance(hr, miner, "ANNUAL").get("taken").decimalValue())
				.isEqualByComparingTo("3"));
		UUID across = submit(hr, request(miner, "SICK", lastDay.minusDays(1).toString(),
				lastDay.plusDays(2).toString()));

		scenario.stimulate(() -> terminate(hr, miner, lastDay))
			.andWaitForStateChange(() -> status(jdbc, after), "CANCELLED"::equals)
			.andVerify(status -> {
				JsonNode cancelled = hr.get("/api/v1/leave/requests/" + after).json();
				assertThat(cancelled.get("endedBecause").asString()).isEqualTo("EMPLOYMENT_ENDED");
				JsonNode cut = hr.get("/api/v1/leave/requests/" + across).json();
				assertThat(cut.get("status").asString()).isEqualTo("PENDING");
				assertThat(cut.get("end").asString()).isEqualTo(lastDay.toString());
				assertThat(cut.get("days").decimalValue()).isEqualByComparingTo("2");
				assertThat(cut.get("endedBecause").asString()).isEqualTo("EMPLOYMENT_ENDED");
			});

		JsonNode annual = balance(hr, miner, "ANNUAL");
		assertThat(annual.get("taken").decimalValue()).as("the days came back").isEqualByComparingTo("0");
		assertThat(annual.get("frozenOn").asString()).isEqualTo(lastDay.toString());
		assertThat(held(miner, lastDay)).as("no day after the last is held").isZero();
		JsonNode refused = assertProblem(hr.inLanguage("zh-CN").post("/api/v1/leave/requests",
				request(miner, "SICK", lastDay.minusDays(2).toString(), lastDay.minusDays(2).toString())), 409);
		assertThat(refused.get("detail").asString()).contains("冻结");
		assertThat(assertProblem(hr.inLanguage("en").post("/api/v1/leave/balances/adjustments", Map.of("employeeId",
				miner, "type", "ANNUAL", "days", 1, "reason", "late correction")), 409).get("detail").asString())
			.contains("frozen");
		BrowserSession pages = new BrowserSession(port);
		pages.signIn("hr@demo.example", ApiClient.PASSWORD);
		assertThat(pages.get("/leave?status=CANCELLED").body()).contains("request-" + after)
			.contains("leave-ended-because");
		assertThat(pages.get("/leave/balances?employeeId=" + miner).body()).contains("leave-frozen");
	}

	@Test
	void theSameTerminationDeliveredTwiceChangesNothing(Scenario scenario) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID miner = LeaveFixtures.newMiner(port, new DemoData(jdbc));
		LocalDate lastDay = LeaveFixtures.wednesdayAWeekAhead(jdbc);
		scenario.stimulate(() -> terminate(hr, miner, lastDay))
			.andWaitForStateChange(() -> frozenAt(miner), count -> count == 1)
			.andVerify(count -> assertThat(count).isEqualTo(1));
		long audited = audits(miner);

		inTenant.run(DEMO, () -> leaveEnds.end(miner, lastDay.plusDays(5)));

		assertThat(frozenAt(miner)).isEqualTo(1);
		assertThat(balance(hr, miner, "ANNUAL").get("frozenOn").asString()).isEqualTo(lastDay.toString());
		assertThat(audits(miner)).isEqualTo(audited);
	}

	private long held(UUID employee, LocalDate lastDay) {
		return jdbc.queryForObject("select count(*) from leave.leave_day where employee_id = ? and day > ?",
				Long.class, employee, lastDay);
	}

	private long frozenAt(UUID employee) {
		return jdbc.queryForObject("select count(*) from leave.balance_freeze where employee_id = ?", Long.class,
				employee);
	}

	private long audits(UUID employee) {
		return jdbc.queryForObject("select count(*) from platform.audit_event where entity_id = ?", Long.class,
				employee.toString());
	}
}
