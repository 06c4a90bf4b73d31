package io.renloop.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.support.ModuleAloneTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The analytics module started with what it depends on: a hire adds the person to the dashboards' read model once,
 * and a transfer moves them to the new unit, however often each event arrives.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AnalyticsModuleAloneFollowsPeopleTests extends ModuleAloneTest {

	@Test
	void aHireAndATransferReachTheReadModelOnce(Scenario scenario) {
		UUID mine = UUID.randomUUID();
		UUID office = UUID.randomUUID();
		LocalDate hired = LocalDate.of(2026, 2, 2);
		UUID miner = rows.employee("A-001", "李采煤", mine, hired);
		EmployeeHired hire = new EmployeeHired(rows.tenantId(), miner, "A-001", mine, null, hired);

		scenario.publish(hire)
			.andWaitForStateChange(() -> people(), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).containsExactly("A-001 李采煤 " + mine + " " + hired));
		EmployeeLifecycleChanged transfer = new EmployeeLifecycleChanged(rows.tenantId(), miner,
				LifecycleChange.TRANSFER, LocalDate.of(2026, 9, 1), office, null);
		scenario.publish(transfer)
			.andWaitForStateChange(() -> people(), found -> found.get(0).contains(office.toString()))
			.andVerify(found -> assertThat(found).containsExactly("A-001 李采煤 " + office + " " + hired));
		scenario.publish(hire)
			.andWaitForStateChange(() -> undelivered(miner), count -> count == 0)
			.andVerify(count -> assertThat(people()).as("a redelivered hire adds nobody and moves nobody back")
				.containsExactly("A-001 李采煤 " + office + " " + hired));
	}

	private List<String> people() {
		return jdbc.queryForList("""
				select employee_no || ' ' || name || ' ' || department_id || ' ' || hire_date
				  from analytics.person_fact where tenant_id = ?""", String.class, rows.tenantId());
	}
}
