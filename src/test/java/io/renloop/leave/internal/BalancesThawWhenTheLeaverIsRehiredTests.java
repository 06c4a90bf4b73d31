package io.renloop.leave.internal;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.leave.LeaveFixtures;
import io.renloop.platform.TenantTransactions;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * A rehire (ADR 0035) lifts the freeze of the leaver's balances once: the same rehire delivered again changes
 * nothing, the old termination delivered late does not freeze them again, and leaving again after the rehire
 * freezes them at the new last day.
 */
@RenloopIntegrationTest
@EnableScenarios
class BalancesThawWhenTheLeaverIsRehiredTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BalancesThawOnRehire thawing;

	@Autowired
	LeaveEndsWithEmployment leaveEnds;

	@Autowired
	TenantTransactions inTenant;

	@Test
	void aRehireThawsTheBalancesOnceWhateverIsDeliveredAgain(Scenario scenario) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID miner = LeaveFixtures.newMiner(port, new DemoData(jdbc));
		LocalDate lastDay = LeaveFixtures.today(jdbc).minusDays(1);
		scenario.stimulate(() -> LeaveFixtures.terminate(hr, miner, lastDay))
			.andWaitForStateChange(() -> frozenOn(hr, miner), lastDay.toString()::equals)
			.andVerify(frozen -> assertThat(frozen).isEqualTo(lastDay.toString()));
		LocalDate rehiredOn = LeaveFixtures.today(jdbc).plusDays(7);

		scenario.publish(new EmployeeLifecycleChanged(DEMO, miner, LifecycleChange.REHIRE, rehiredOn, null, null))
			.andWaitForStateChange(() -> thaws(miner), count -> count == 1)
			.andVerify(count -> assertThat(frozenOn(hr, miner)).isNull());

		inTenant.run(DEMO, () -> thawing.thaw(miner, rehiredOn));
		inTenant.run(DEMO, () -> leaveEnds.end(miner, lastDay));
		assertThat(thaws(miner)).as("a repeated rehire changes nothing").isEqualTo(1);
		assertThat(frozenOn(hr, miner)).as("the old termination delivered late").isNull();
		assertThat(jdbc.queryForObject("select lifted_on from leave.balance_freeze where employee_id = ?",
				LocalDate.class, miner)).isEqualTo(rehiredOn);

		LocalDate leavesAgain = rehiredOn.plusMonths(2);
		inTenant.run(DEMO, () -> leaveEnds.end(miner, leavesAgain));
		assertThat(frozenOn(hr, miner)).as("leaving again freezes anew").isEqualTo(leavesAgain.toString());
	}

	private static String frozenOn(ApiClient hr, UUID employee) {
		JsonNode frozen = LeaveFixtures.balance(hr, employee, "ANNUAL").get("frozenOn");
		return frozen == null || frozen.isNull() ? null : frozen.asString();
	}

	private long thaws(UUID employee) {
		return jdbc.queryForObject("select count(*) from platform.audit_event where entity_id = ? and action = 'THAW'",
				Long.class, employee.toString());
	}
}
