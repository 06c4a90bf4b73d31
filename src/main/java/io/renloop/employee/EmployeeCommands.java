package io.renloop.employee;

import io.renloop.employee.EmployeeRecords.Certificate;
import io.renloop.employee.EmployeeRecords.Education;
import io.renloop.employee.EmployeeRecords.WorkHistory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The inputs that change employee records.
 */
public final class EmployeeCommands {

	private EmployeeCommands() {
	}

	/**
	 * Creates or updates an employee. On update, personal-data fields left null (or sent back masked) keep
	 * their stored value, and so does a phone sent back masked; a blank employee number on create is assigned.
	 * {@code workStartDate} (参加工作日期) is when the employee's working life began, on or before the hire date;
	 * statutory annual leave counts the years since then.
	 */
	public record SaveEmployee(@Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]*") String employeeNo,
			@NotBlank @Size(max = 100) String name, @Email @Size(max = 254) String email,
			@Size(max = 40) @Pattern(regexp = "[0-9+ *-]*") String phone, @NotNull UUID departmentId, UUID positionId,
			UUID managerId, @NotNull LocalDate hireDate, EmployeeStatus status, List<@Valid Education> education,
			List<@Valid WorkHistory> workHistory, List<@Valid Certificate> certificates,
			@Size(max = 18) String idNumber, @Size(max = 40) String bankAccount, LocalDate birthDate,
			@Size(max = 300) String address, LocalDate workStartDate) {
	}

	/**
	 * A status change on the timeline: transfer, promotion, leave, return, confirmation or termination. A transfer
	 * names the new department or position. Pay is not the employee record's: a pay change is a new version of the
	 * pay structure in the payroll module, which writes the {@code PAY_CHANGE} step on the timeline (ADR 0023).
	 */
	public record ChangeLifecycle(@NotNull LifecycleChange type, @NotNull LocalDate effectiveDate, UUID departmentId,
			UUID positionId, UUID managerId, @Size(max = 500) String reason) {
	}

	/**
	 * The steps of an employment. {@code REHIRE} is taken only through {@link Employees#rehire} (a former employee
	 * hired again joins their old record); a lifecycle change of that type is refused.
	 */
	public enum LifecycleChange {
		TRANSFER, PROMOTION, PAY_CHANGE, LEAVE_OF_ABSENCE, RETURN_FROM_LEAVE, CONFIRMATION, TERMINATION, REHIRE
	}
}
