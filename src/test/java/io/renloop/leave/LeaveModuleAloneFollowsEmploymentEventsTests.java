package io.renloop.leave;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.support.ModuleAloneTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The leave module started with only what it depends on (no demo data, no upper modules): the employee module's
 * lifecycle events reach it through the event publication registry, and a redelivery changes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class LeaveModuleAloneFollowsEmploymentEventsTests extends ModuleAloneTest {

	@Autowired
	ApplicationContext context;

	@Test
	void onlyTheModuleAndWhatItDependsOnAreStarted() {
		List<String> types = Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(Objects::nonNull)
			.map(Class::getName)
			.toList();
		assertThat(types).as("the module and one it depends on").anyMatch(type -> type.startsWith("io.renloop.leave."))
			.anyMatch(type -> type.startsWith("io.renloop.employee."));
		assertThat(types).as("modules above leave, and the demo data").noneMatch(type -> type.startsWith(
				"io.renloop.payroll.") || type.startsWith("io.renloop.analytics.") || type.startsWith("io.renloop.demo."));
	}

	@Test
	void aTerminationFreezesTheBalancesOnceAndARehireThawsThem(Scenario scenario) {
		UUID leaver = UUID.randomUUID();
		LocalDate lastDay = LocalDate.of(2026, 6, 30);
		EmployeeLifecycleChanged terminated = new EmployeeLifecycleChanged(rows.tenantId(), leaver,
				LifecycleChange.TERMINATION, lastDay, null, null);

		scenario.publish(terminated)
			.andWaitForStateChange(() -> frozenOn(leaver), days -> !days.isEmpty())
			.andVerify(days -> assertThat(days).containsExactly(lastDay));
		scenario.publish(terminated)
			.andWaitForStateChange(() -> freezeAudits(leaver), count -> count > 0)
			.andVerify(count -> assertThat(count).as("a redelivery freezes nothing again").isEqualTo(1));

		LocalDate rehiredOn = LocalDate.of(2026, 9, 1);
		scenario.publish(new EmployeeLifecycleChanged(rows.tenantId(), leaver, LifecycleChange.REHIRE, rehiredOn, null,
				null))
			.andWaitForStateChange(() -> liftedOn(leaver), days -> !days.isEmpty())
			.andVerify(days -> assertThat(days).containsExactly(rehiredOn));
	}

	private List<LocalDate> frozenOn(UUID employee) {
		return jdbc.queryForList("select last_day from leave.balance_freeze where tenant_id = ? and employee_id = ?",
				LocalDate.class, rows.tenantId(), employee);
	}

	private List<LocalDate> liftedOn(UUID employee) {
		return jdbc.queryForList("""
				select lifted_on from leave.balance_freeze
				 where tenant_id = ? and employee_id = ? and lifted_on is not null""", LocalDate.class, rows.tenantId(),
				employee);
	}

	private long freezeAudits(UUID employee) {
		return jdbc.queryForObject("""
				select count(*) from platform.audit_event
				 where tenant_id = ? and entity_id = ? and action = 'FREEZE'""", Long.class, rows.tenantId(),
				employee.toString());
	}
}
