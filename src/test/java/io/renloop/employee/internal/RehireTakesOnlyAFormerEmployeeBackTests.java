package io.renloop.employee.internal;

import static io.renloop.employee.internal.TestEmployees.ENGINEER;
import static io.renloop.employee.internal.TestEmployees.IT;
import static io.renloop.employee.internal.TestEmployees.NAMES;
import static io.renloop.employee.internal.TestEmployees.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeStatus;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rehire transition of the employee record: only a former (TERMINATED) employee is taken back, after their last
 * day, on probation or active as the new offer says; the record keeps its id and number, and the REHIRE step keeps
 * the employment that ended.
 */
class RehireTakesOnlyAFormerEmployeeBackTests {

	private static final LocalDate FIRST_HIRE = TestEmployees.HIRED;

	private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	private static final LocalDate BACK = LocalDate.of(2026, 1, 5);

	private static final Employee.Placement IN_IT = new Employee.Placement(IT, ENGINEER, null);

	@Test
	void aFormerEmployeeComesBackOnTheNewTermsInTheSameRecord() {
		Employee employee = TestEmployees.former(LAST_DAY);
		UUID id = employee.id();

		employee.rehire(BACK, EmployeeStatus.PROBATION, IN_IT, NAMES);

		assertThat(employee.status()).isEqualTo(EmployeeStatus.PROBATION);
		assertThat(employee.hireDate()).isEqualTo(BACK);
		assertThat(employee.terminationDate()).as("employed again").isNull();
		assertThat(employee.id()).isEqualTo(id);
		assertThat(employee.employeeNo()).isEqualTo("E-0042");
		assertThat(last(employee, EmployeeLifecycleChanged.class)).isEqualTo(
				new EmployeeLifecycleChanged("demo", id, LifecycleChange.REHIRE, BACK, IT, ENGINEER));
	}

	@Test
	void anOfferWithoutProbationMakesThemActiveAtOnce() {
		Employee employee = TestEmployees.former(LAST_DAY);

		employee.rehire(BACK, EmployeeStatus.ACTIVE, IN_IT, NAMES);

		assertThat(employee.status()).isEqualTo(EmployeeStatus.ACTIVE);
	}

	@ParameterizedTest
	@EnumSource(value = EmployeeStatus.class, names = { "PROBATION", "ACTIVE", "ON_LEAVE" })
	void anEmployeeWhoHasNotLeftCannotBeRehired(EmployeeStatus current) {
		Employee employee = TestEmployees.employee(current);

		assertThatThrownBy(() -> employee.rehire(BACK, EmployeeStatus.ACTIVE, IN_IT, NAMES))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("error.employee.rehireOnlyFormer"));
		assertThat(employee.status()).isEqualTo(current);
		assertThat(employee.hireDate()).isEqualTo(FIRST_HIRE);
		assertThat(employee.pendingEvents()).isEmpty();
	}

	@Test
	void theRehireStartsAfterTheLastDay() {
		Employee employee = TestEmployees.former(LAST_DAY);

		assertThatThrownBy(() -> employee.rehire(LAST_DAY, EmployeeStatus.ACTIVE, IN_IT, NAMES))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("error.employee.rehireAfterLastDay"));
		assertThat(employee.status()).isEqualTo(EmployeeStatus.TERMINATED);
		assertThat(employee.terminationDate()).isEqualTo(LAST_DAY);
	}

	@Test
	void aRehireDoesNotStartOnLeaveOrTerminated() {
		Employee employee = TestEmployees.former(LAST_DAY);

		assertThatThrownBy(() -> employee.rehire(BACK, EmployeeStatus.ON_LEAVE, IN_IT, NAMES))
			.isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems().get(0)
				.messageKey()).isEqualTo("error.employee.rehireStatus"));
		assertThat(employee.status()).isEqualTo(EmployeeStatus.TERMINATED);
	}

	@Test
	void theRehireStepOnTheTimelineKeepsTheEmploymentThatEnded() {
		Employee employee = TestEmployees.former(LAST_DAY);

		employee.rehire(BACK, EmployeeStatus.PROBATION, IN_IT, NAMES);

		EmployeeStep step = last(employee, EmployeeStep.class);
		assertThat(step.type()).isEqualTo("REHIRE");
		assertThat(step.summary()).isEqualTo("信息部 · 工程师");
		assertThat(step.facts()).containsEntry("previousHireDate", FIRST_HIRE.toString())
			.containsEntry("previousLastDay", "2025-06-30")
			.containsEntry("departmentId", IT.toString())
			.containsEntry("positionId", ENGINEER.toString())
			.containsEntry("status", "PROBATION");
	}

	@Test
	void aRehiredEmployeeWhoLeavesAgainIsAFormerEmployeeAgain() {
		Employee employee = TestEmployees.former(LAST_DAY);
		employee.rehire(BACK, EmployeeStatus.ACTIVE, IN_IT, NAMES);
		employee.terminate(BACK.plusYears(1), null);

		employee.rehire(BACK.plusYears(2), EmployeeStatus.ACTIVE, IN_IT, NAMES);

		assertThat(last(employee, EmployeeStep.class).facts()).containsEntry("previousHireDate", BACK.toString())
			.containsEntry("previousLastDay", BACK.plusYears(1).toString());
		assertThat(employee.hireDate()).isEqualTo(BACK.plusYears(2));
	}
}
