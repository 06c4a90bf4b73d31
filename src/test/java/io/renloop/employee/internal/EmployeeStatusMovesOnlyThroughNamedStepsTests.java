package io.renloop.employee.internal;

import static io.renloop.employee.internal.TestEmployees.ACCOUNTANT;
import static io.renloop.employee.internal.TestEmployees.ENGINEER;
import static io.renloop.employee.internal.TestEmployees.FINANCE;
import static io.renloop.employee.internal.TestEmployees.IT;
import static io.renloop.employee.internal.TestEmployees.NAMES;
import static io.renloop.employee.internal.TestEmployees.all;
import static io.renloop.employee.internal.TestEmployees.employee;
import static io.renloop.employee.internal.TestEmployees.former;
import static io.renloop.employee.internal.TestEmployees.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeStatus;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The employee's status moves only through named steps — confirmation, transfer, promotion, leave, return,
 * termination — each of which checks the status it starts from and registers its timeline step and its
 * announcement; a terminated employee takes no step.
 */
class EmployeeStatusMovesOnlyThroughNamedStepsTests {

	private static final LocalDate ON = LocalDate.of(2025, 7, 6);

	private static final Employee.Placement TO_IT = new Employee.Placement(IT, null, null);

	@Test
	void confirmationMakesAProbationerActiveOnTheTimelineAndAnnouncesIt() {
		Employee employee = employee(EmployeeStatus.PROBATION);

		employee.confirm(ON, "probation approved");

		assertThat(employee.status()).isEqualTo(EmployeeStatus.ACTIVE);
		EmployeeStep step = last(employee, EmployeeStep.class);
		assertThat(step.type()).isEqualTo("CONFIRMATION");
		assertThat(step.occurredOn()).isEqualTo(ON);
		assertThat(step.facts()).containsEntry("status", "ACTIVE").containsEntry("reason", "probation approved");
		assertThat(last(employee, EmployeeLifecycleChanged.class)).isEqualTo(new EmployeeLifecycleChanged("demo",
				employee.id(), LifecycleChange.CONFIRMATION, ON, FINANCE, ACCOUNTANT));
	}

	@ParameterizedTest
	@EnumSource(value = EmployeeStatus.class, names = { "ACTIVE", "ON_LEAVE" })
	void onlyAProbationerIsConfirmed(EmployeeStatus current) {
		Employee employee = employee(current);

		assertRefused(() -> employee.confirm(ON, null), "error.employee.wrongStatus");

		assertThat(employee.status()).isEqualTo(current);
		assertThat(employee.pendingEvents()).isEmpty();
	}

	@Test
	void aLeaveOfAbsenceEndsWithTheReturnToActive() {
		Employee employee = employee(EmployeeStatus.ACTIVE);

		employee.startLeave(ON, null);
		assertThat(employee.status()).isEqualTo(EmployeeStatus.ON_LEAVE);
		employee.returnFromLeave(ON.plusMonths(3), null);

		assertThat(employee.status()).isEqualTo(EmployeeStatus.ACTIVE);
		assertThat(all(employee, EmployeeLifecycleChanged.class).stream().map(EmployeeLifecycleChanged::change))
			.containsExactly(LifecycleChange.LEAVE_OF_ABSENCE, LifecycleChange.RETURN_FROM_LEAVE);
	}

	@Test
	void onlyAnEmployeeOnLeaveReturns() {
		Employee employee = employee(EmployeeStatus.ACTIVE);

		assertRefused(() -> employee.returnFromLeave(ON, null), "error.employee.wrongStatus");
	}

	@Test
	void anEmployeeOnLeaveDoesNotGoOnLeaveAgain() {
		Employee employee = employee(EmployeeStatus.ON_LEAVE);

		assertRefused(() -> employee.startLeave(ON, null), "error.employee.wrongStatus");
	}

	@Test
	void terminationKeepsTheLastDayAndAnnouncesIt() {
		Employee employee = employee(EmployeeStatus.ON_LEAVE);

		employee.terminate(ON, "个人原因");

		assertThat(employee.status()).isEqualTo(EmployeeStatus.TERMINATED);
		assertThat(employee.terminationDate()).isEqualTo(ON);
		assertThat(last(employee, EmployeeStep.class).facts()).containsEntry("reason", "个人原因");
		assertThat(last(employee, EmployeeLifecycleChanged.class).change()).isEqualTo(LifecycleChange.TERMINATION);
	}

	static Stream<Arguments> steps() {
		return Stream.of(Arguments.of("confirm", (Consumer<Employee>) e -> e.confirm(ON, null)),
				Arguments.of("transfer", (Consumer<Employee>) e -> e.transfer(TO_IT, ON, null, NAMES)),
				Arguments.of("promote", (Consumer<Employee>) e -> e.promote(TO_IT, ON, null, NAMES)),
				Arguments.of("start leave", (Consumer<Employee>) e -> e.startLeave(ON, null)),
				Arguments.of("return from leave", (Consumer<Employee>) e -> e.returnFromLeave(ON, null)),
				Arguments.of("terminate", (Consumer<Employee>) e -> e.terminate(ON.plusDays(1), null)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("steps")
	void aTerminatedEmployeeStaysTerminated(String step, Consumer<Employee> taking) {
		Employee employee = former(ON);
		int registered = employee.pendingEvents().size();

		assertRefused(() -> taking.accept(employee), "error.employee.terminated");

		assertThat(employee.status()).isEqualTo(EmployeeStatus.TERMINATED);
		assertThat(employee.terminationDate()).isEqualTo(ON);
		assertThat(employee.pendingEvents()).hasSize(registered);
	}

	@Test
	void aTransferMovesTheUnitAndTheTimelineSaysFromWhereToWhere() {
		Employee employee = employee(EmployeeStatus.ACTIVE);

		employee.transfer(TO_IT, ON, null, NAMES);

		assertThat(employee.departmentId()).isEqualTo(IT);
		assertThat(employee.positionId()).as("the position stays").isEqualTo(ACCOUNTANT);
		assertThat(last(employee, EmployeeStep.class).summary()).isEqualTo("财务部 / 会计 → 信息部 / 会计");
		assertThat(last(employee, EmployeeLifecycleChanged.class).departmentId()).isEqualTo(IT);
	}

	@Test
	void aTransferToWhereTheEmployeeIsAlreadyIsAFieldError() {
		Employee employee = employee(EmployeeStatus.ACTIVE);

		assertThatThrownBy(() -> employee.transfer(new Employee.Placement(FINANCE, ACCOUNTANT, null), ON, null, NAMES))
			.isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
				.extracting(InvalidFieldsException.FieldProblem::field)
				.containsExactly("departmentId"));
		assertThat(employee.pendingEvents()).isEmpty();
	}

	@Test
	void aPromotionKeepsTheUnitItDoesNotName() {
		Employee employee = employee(EmployeeStatus.PROBATION);

		employee.promote(new Employee.Placement(null, ENGINEER, null), ON, null, NAMES);

		assertThat(employee.departmentId()).isEqualTo(FINANCE);
		assertThat(employee.positionId()).isEqualTo(ENGINEER);
		assertThat(employee.status()).as("a promotion is no confirmation").isEqualTo(EmployeeStatus.PROBATION);
	}

	@Test
	void anEmployeeIsNotTheirOwnManager() {
		Employee employee = employee(EmployeeStatus.ACTIVE);

		assertThatThrownBy(() -> employee.promote(new Employee.Placement(null, null, employee.id()), ON, null, NAMES))
			.isInstanceOf(InvalidFieldsException.class);
	}

	@ParameterizedTest
	@EnumSource(value = EmployeeStatus.class, names = { "ACTIVE", "ON_LEAVE", "TERMINATED" })
	void anEditInPlaceCannotMoveTheStatus(EmployeeStatus requested) {
		Employee employee = employee(EmployeeStatus.PROBATION);

		BusinessRuleException refused = assertRefused(() -> employee.edited(requested),
				"error.employee.statusThroughLifecycle");

		assertThat(refused.arguments()).as("the message names the lifecycle endpoint of this employee")
			.containsExactly(employee.id());
		assertThat(employee.status()).isEqualTo(EmployeeStatus.PROBATION);
	}

	@Test
	void anEditThatKeepsTheStatusIsAnnounced() {
		Employee employee = employee(EmployeeStatus.ACTIVE);

		employee.edited(EmployeeStatus.ACTIVE);
		employee.edited(null);

		assertThat(employee.pendingEvents()).hasSize(2);
		assertThat(employee.status()).isEqualTo(EmployeeStatus.ACTIVE);
	}

	@Test
	void aHireIsRecordedOnceWithItsPlacement() {
		Employee employee = employee(EmployeeStatus.PROBATION);

		employee.hired(NAMES);

		assertThat(last(employee, EmployeeStep.class).summary()).isEqualTo("财务部 · 会计");
		assertThatThrownBy(() -> employee.hired(NAMES)).isInstanceOf(IllegalStateException.class);
		assertThat(employee.pendingEvents()).hasSize(2);
	}

	private static BusinessRuleException assertRefused(Runnable step, String key) {
		BusinessRuleException[] refused = new BusinessRuleException[1];
		assertThatThrownBy(step::run).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			refused[0] = ex;
		});
		return refused[0];
	}
}
