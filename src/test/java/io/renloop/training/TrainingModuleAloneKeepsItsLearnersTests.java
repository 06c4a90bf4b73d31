package io.renloop.training;

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
 * The training module started with only what it depends on: a hire published by the employee module puts the
 * person on training's roster of learners (read again from the employee record, so a redelivery writes the same
 * row), and a termination records the last day there.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class TrainingModuleAloneKeepsItsLearnersTests extends ModuleAloneTest {

	@Test
	void aHireAddsTheLearnerOnceAndATerminationRecordsTheLastDay(Scenario scenario) {
		UUID department = UUID.randomUUID();
		LocalDate hired = LocalDate.of(2026, 3, 2);
		UUID miner = rows.employee("T-001", "王矿工", department, hired);
		EmployeeHired hire = new EmployeeHired(rows.tenantId(), miner, "T-001", department, null, hired);

		scenario.publish(hire)
			.andWaitForStateChange(() -> learners(miner), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).containsExactly("王矿工 " + department + " " + hired + " null"));
		scenario.publish(hire)
			.andWaitForStateChange(() -> learners(miner), found -> found.size() == 1)
			.andVerify(found -> assertThat(found).as("a redelivered hire writes the same row").hasSize(1));

		LocalDate lastDay = LocalDate.of(2026, 11, 30);
		rows.terminate(miner, lastDay);
		scenario.publish(new EmployeeLifecycleChanged(rows.tenantId(), miner, LifecycleChange.TERMINATION, lastDay,
				department, null))
			.andWaitForStateChange(() -> learners(miner), found -> found.get(0).endsWith(lastDay.toString()))
			.andVerify(found -> assertThat(found).containsExactly("王矿工 " + department + " " + hired + " " + lastDay));
	}

	private List<String> learners(UUID employee) {
		return jdbc.queryForList("""
				select name || ' ' || department_id || ' ' || hire_date || ' ' || coalesce(termination_date::text, 'null')
				  from training.learner where tenant_id = ? and employee_id = ?""", String.class, rows.tenantId(),
				employee);
	}
}
