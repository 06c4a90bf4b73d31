package io.renloop.employee.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.employee.EmployeeStatus;
import io.renloop.platform.BusinessRuleException;
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

	private static final LocalDate FIRST_HIRE = LocalDate.of(2020, 3, 2);

	private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	private static final LocalDate BACK = LocalDate.of(2026, 1, 5);

	@Test
	void aFormerEmployeeComesBackOnTheNewTermsInTheSameRecord() {
		Employee employee = former();
		UUID id = employee.id();

		employee.rehire(BACK, EmployeeStatus.PROBATION);

		assertThat(employee.status()).isEqualTo(EmployeeStatus.PROBATION);
		assertThat(employee.hireDate()).isEqualTo(BACK);
		assertThat(employee.terminationDate()).as("employed again").isNull();
		assertThat(employee.id()).isEqualTo(id);
		assertThat(employee.employeeNo()).isEqualTo("E-0042");
	}

	@Test
	void anOfferWithoutProbationMakesThemActiveAtOnce() {
		Employee employee = former();

		employee.rehire(BACK, EmployeeStatus.ACTIVE);

		assertThat(employee.status()).isEqualTo(EmployeeStatus.ACTIVE);
	}

	@ParameterizedTest
	@EnumSource(value = EmployeeStatus.class, names = { "PROBATION", "ACTIVE", "ON_LEAVE" })
	void anEmployeeWhoHasNotLeftCannotBeRehired(EmployeeStatus current) {
		Employee employee = new Employee("E-0043", FIRST_HIRE, current);

		assertThatThrownBy(() -> employee.rehire(BACK, EmployeeStatus.ACTIVE))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("error.employee.rehireOnlyFormer"));
		assertThat(employee.status()).isEqualTo(current);
		assertThat(employee.hireDate()).isEqualTo(FIRST_HIRE);
	}

	@Test
	void theRehireStartsAfterTheLastDay() {
		Employee employee = former();

		assertThatThrownBy(() -> employee.rehire(LAST_DAY, EmployeeStatus.ACTIVE))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("error.employee.rehireAfterLastDay"));
		assertThat(employee.status()).isEqualTo(EmployeeStatus.TERMINATED);
		assertThat(employee.terminationDate()).isEqualTo(LAST_DAY);
	}

	@Test
	void aRehireDoesNotStartOnLeaveOrTerminated() {
		Employee employee = former();

		assertThatThrownBy(() -> employee.rehire(BACK, EmployeeStatus.ON_LEAVE))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(employee.status()).isEqualTo(EmployeeStatus.TERMINATED);
	}

	@Test
	void theRehireStepOnTheTimelineKeepsTheEmploymentThatEnded() {
		Employee employee = former();
		UUID unit = UUID.randomUUID();
		UUID position = UUID.randomUUID();

		Employee.PreviousEmployment previous = employee.rehire(BACK, EmployeeStatus.PROBATION);
		employee.assign(unit, position, null);

		assertThat(previous).isEqualTo(new Employee.PreviousEmployment(FIRST_HIRE, LAST_DAY));
		assertThat(RehireFacts.of(employee, previous)).containsEntry("previousHireDate", "2020-03-02")
			.containsEntry("previousLastDay", "2025-06-30")
			.containsEntry("departmentId", unit.toString())
			.containsEntry("positionId", position.toString())
			.containsEntry("status", "PROBATION");
	}

	@Test
	void aRehiredEmployeeWhoLeavesAgainIsAFormerEmployeeAgain() {
		Employee employee = former();
		employee.rehire(BACK, EmployeeStatus.ACTIVE);
		employee.changeStatus(EmployeeStatus.TERMINATED, BACK.plusYears(1));

		Employee.PreviousEmployment previous = employee.rehire(BACK.plusYears(2), EmployeeStatus.ACTIVE);

		assertThat(previous).isEqualTo(new Employee.PreviousEmployment(BACK, BACK.plusYears(1)));
		assertThat(employee.hireDate()).isEqualTo(BACK.plusYears(2));
	}

	private static Employee former() {
		Employee employee = new Employee("E-0042", FIRST_HIRE, EmployeeStatus.ACTIVE);
		employee.changeStatus(EmployeeStatus.TERMINATED, LAST_DAY);
		return employee;
	}
}
