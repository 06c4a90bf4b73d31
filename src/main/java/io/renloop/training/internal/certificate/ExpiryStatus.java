package io.renloop.training.internal.certificate;

import io.renloop.training.Certificates.Status;
import java.time.LocalDate;

/**
 * A certificate's status on a day of the tenant: valid through its expiry day, EXPIRING from 30 days before it,
 * EXPIRED from the day after; one without an expiry is always valid.
 */
final class ExpiryStatus {

	static final int EXPIRING_DAYS = 30;

	private ExpiryStatus() {
	}

	static Status on(LocalDate expiresOn, LocalDate today) {
		if (expiresOn == null) {
			return Status.VALID;
		}
		if (expiresOn.isBefore(today)) {
			return Status.EXPIRED;
		}
		return expiresOn.isAfter(expiringUntil(today)) ? Status.VALID : Status.EXPIRING;
	}

	/** The last expiry day that is EXPIRING today. */
	static LocalDate expiringUntil(LocalDate today) {
		return today.plusDays(EXPIRING_DAYS);
	}

	/**
	 * The same rule as {@link #on} as an SQL expression, MISSING when nothing is held; it reads the named parameters
	 * {@code :today} and {@code :expiringUntil} ({@link #expiringUntil}).
	 */
	static String sql(String held, String expiresOn) {
		return "case when not " + held + " then 'MISSING' when " + expiresOn + " is null then 'VALID' when "
				+ expiresOn + " < :today then 'EXPIRED' when " + expiresOn
				+ " > :expiringUntil then 'VALID' else 'EXPIRING' end";
	}
}
