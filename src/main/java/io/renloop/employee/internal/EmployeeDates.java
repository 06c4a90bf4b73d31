package io.renloop.employee.internal;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dates a working life can plausibly have. A hire date of 0001-01-01 is a typing error that would sort first
 * in every list and break seniority and tenure figures; such dates are refused with a field error.
 */
final class EmployeeDates {

	/** No one employed today was hired, born or moved before this. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** How far ahead a hire or a lifecycle change may be entered. */
	private static final int YEARS_AHEAD = 1;

	private EmployeeDates() {
	}

	/** Problems of a record's hire date (up to a year ahead) and date of birth (not in the future). */
	static List<FieldProblem> problems(LocalDate hireDate, LocalDate birthDate, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		problem("hireDate", hireDate, today.plusYears(YEARS_AHEAD)).ifPresent(problems::add);
		problem("birthDate", birthDate, today).ifPresent(problems::add);
		return problems;
	}

	/** Problems of 参加工作日期: a plausible date, not after the hire date (joining this employer is work too). */
	static List<FieldProblem> workStartProblems(LocalDate workStartDate, LocalDate hireDate) {
		List<FieldProblem> problems = new ArrayList<>();
		if (hireDate != null) {
			problem("workStartDate", workStartDate, hireDate).ifPresent(problems::add);
		}
		return problems;
	}

	/**
	 * Checks a lifecycle change's effective date, which may be up to a year ahead.
	 * @throws InvalidFieldsException for a date outside the range
	 */
	static void checkEffectiveDate(LocalDate effectiveDate, LocalDate today) {
		problem("effectiveDate", effectiveDate, today.plusYears(YEARS_AHEAD)).ifPresent(problem -> {
			throw new InvalidFieldsException(List.of(problem));
		});
	}

	private static Optional<FieldProblem> problem(String field, LocalDate value, LocalDate latest) {
		if (value == null || (!value.isBefore(EARLIEST) && !value.isAfter(latest))) {
			return Optional.empty();
		}
		return Optional.of(new FieldProblem(field, "validation.date.range", EARLIEST, latest));
	}
}
