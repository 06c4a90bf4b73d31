package io.renloop.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee holds a certificate from now on: recorded by HR, issued on a passed exam or taken over from the record
 * at hire — a first certificate of its type or a renewal. Announced in the transaction that stores it, so attendance
 * can tell whether a scheduled employee holds what a shift requires.
 *
 * @param certificateType the type's code, e.g. SPECIAL_OPERATION
 * @param expiresOn the last day it is valid, or null when it never expires
 */
public record CertificateRecorded(String tenantId, UUID employeeId, UUID certificateId, String certificateType,
		LocalDate expiresOn) {
}
