package io.renloop.interview.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deadlines in business days: Monday to Friday in the tenant's time zone. Public holidays are not known here and
 * count as business days, so a deadline is never later than the law's.
 */
final class BusinessDays {

	private BusinessDays() {
	}

	/** The same time of day {@code days} business days after {@code from}. */
	static Instant after(Instant from, int days, ZoneId zone) {
		ZonedDateTime at = from.atZone(zone);
		int added = 0;
		while (added < days) {
			at = at.plusDays(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return at.toInstant();
	}
}
