package io.renloop.training.internal.certificate;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate an employee holds, as stored. */
record Certificate(UUID id, UUID employeeId, String typeCode, String number, String issuer, LocalDate issuedOn,
		LocalDate expiresOn, String source, String scanFile, String verifyCode) {
}
