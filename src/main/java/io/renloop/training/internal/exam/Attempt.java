package io.renloop.training.internal.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One attempt at an exam: the questions drawn for it and, once submitted, its score. */
record Attempt(UUID id, UUID examId, UUID employeeId, List<UUID> questionIds, Instant startedAt, Instant deadline,
		Instant submittedAt, Integer score, Boolean passed) {

	/** Answers sent within this after the deadline still count: the network is not the candidate's fault. */
	static final Duration GRACE = Duration.ofSeconds(60);

	boolean open(Instant now) {
		return submittedAt == null && now.isBefore(deadline);
	}

	boolean late(Instant now) {
		return now.isAfter(deadline.plus(GRACE));
	}
}
