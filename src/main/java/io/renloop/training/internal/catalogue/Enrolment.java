package io.renloop.training.internal.catalogue;

import io.renloop.training.Enrolments.Source;
import io.renloop.training.Enrolments.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An enrolment as stored. */
record Enrolment(UUID id, UUID courseId, UUID employeeId, UUID sessionId, Status status, Source source,
		int watchedSeconds, int positionSeconds, LocalDate dueOn, BigDecimal cost, Instant enrolledAt,
		Instant completedAt) {

	boolean open() {
		return status == Status.ENROLLED || status == Status.WAITLISTED || status == Status.PENDING_APPROVAL;
	}
}
