package io.renloop.training.internal.certificate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Training's own note that a certificate reached a reminder threshold, kept in the event publication registry until
 * the e-mails are out. Carries ids and dates only: names and addresses are read when the mail is written.
 *
 * @param thresholdDays 90, 30 or 7 days before the expiry; 0 once expired
 */
public record ReminderDue(String tenantId, UUID certificateId, UUID employeeId, String typeCode, LocalDate expiresOn,
		int thresholdDays) {
}
