package io.renloop.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's latest certificate of a type expired and was not renewed; announced once per certificate by the
 * daily expiry scan. Attendance can warn a scheduler who puts the employee on a shift that needs it.
 *
 * @param certificateType the type's code, e.g. SPECIAL_OPERATION
 * @param expiresOn the last day it was valid
 */
public record CertificateExpired(String tenantId, UUID employeeId, UUID certificateId, String certificateType,
		LocalDate expiresOn) {
}
