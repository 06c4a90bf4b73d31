package io.renloop.offboarding.internal;

import io.renloop.platform.InvalidFieldsException;
import java.time.LocalDate;

/** The last days a case may have: a resignation looks ahead, HR may record up to a year back or ahead. */
final class LocalDateCheck {

	private LocalDateCheck() {
	}

	static void notBefore(String field, LocalDate day, LocalDate today) {
		if (day.isBefore(today) || day.isAfter(today.plusYears(1))) {
			throw InvalidFieldsException.of(field, "validation.date.range", today, today.plusYears(1));
		}
	}

	static void withinAYear(String field, LocalDate day, LocalDate today) {
		if (day.isBefore(today.minusYears(1)) || day.isAfter(today.plusYears(1))) {
			throw InvalidFieldsException.of(field, "validation.date.range", today.minusYears(1), today.plusYears(1));
		}
	}
}
