package io.renloop.offboarding.web;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The plausible dates of a period of service: from 1900 to 2199, the end not before the start. */
final class ServiceDates {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private ServiceDates() {
	}

	static void check(LocalDate start, LocalDate end) {
		List<FieldProblem> problems = new ArrayList<>();
		outside("serviceStart", start).ifPresent(problems::add);
		outside("serviceEnd", end).ifPresent(problems::add);
		if (problems.isEmpty() && end.isBefore(start)) {
			problems.add(new FieldProblem("serviceEnd", "offboarding.severance.endBeforeStart"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	private static java.util.Optional<FieldProblem> outside(String field, LocalDate day) {
		return day.isBefore(EARLIEST) || day.isAfter(LATEST)
				? java.util.Optional.of(new FieldProblem(field, "validation.date.range", EARLIEST, LATEST))
				: java.util.Optional.empty();
	}
}
