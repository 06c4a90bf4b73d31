package io.renloop.training;

import java.time.LocalDate;

/**
 * The expiry scan of certificates, which runs every morning: reminders 90, 30 and 7 days before a certificate
 * expires and {@link CertificateExpired} the day after, each once per certificate.
 */
public interface CertificateExpiryScan {

	/** Runs today's scan of the caller's tenant now, in the tenant's time zone. */
	ScanResult scanNow();

	/**
	 * What a scan did.
	 *
	 * @param date the tenant's day the scan ran for
	 * @param reminded reminders sent (90, 30 or 7 days before an expiry)
	 * @param expired certificates announced as expired
	 * @param millis how long the scan took
	 */
	record ScanResult(LocalDate date, int reminded, int expired, long millis) {
	}
}
