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
		return expiresOn.isAfter(today.plusDays(EXPIRING_DAYS)) ? Status.VALID : Status.EXPIRING;
	}
}
