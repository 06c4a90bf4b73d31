package io.renloop.training.internal.certificate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which reminder a certificate is due on a day: the nearest threshold (90, 30, 7 days before the expiry) that the
 * days left have reached, or {@link #EXPIRED} from the day after the expiry. Each threshold is sent once (the scan
 * records it), and a certificate recorded late gets only the nearest one, never a stale 90-day reminder.
 */
final class ReminderThresholds {

	static final List<Integer> DAYS_BEFORE = List.of(7, 30, 90);

	/** The threshold of an expired certificate: announced once as {@code CertificateExpired}. */
	static final int EXPIRED = 0;

	private ReminderThresholds() {
	}

	static OptionalInt due(LocalDate expiresOn, LocalDate today) {
		if (expiresOn == null) {
			return OptionalInt.empty();
		}
		long left = ChronoUnit.DAYS.between(today, expiresOn);
		if (left < 0) {
			return OptionalInt.of(EXPIRED);
		}
		return DAYS_BEFORE.stream().filter(days -> left <= days).mapToInt(Integer::intValue).findFirst();
	}
}
