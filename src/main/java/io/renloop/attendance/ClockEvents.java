package io.renloop.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Clock events as terminals, phones and imports deliver them. Idempotent on (tenant, device, event id): a repeated
 * event is counted as a duplicate and changes nothing; events may arrive in any order. Rows that cannot be kept
 * (unknown employee, malformed or future time, missing ids) are rejected one by one and the rest are kept.
 */
public interface ClockEvents {

	/** The most events one call takes. */
	int MAX_BATCH = 10_000;

	Receipt ingest(List<Incoming> events);

	/** A batch as posted. */
	record Batch(@NotNull @Size(max = MAX_BATCH) List<@Valid Incoming> events) {
	}

	/**
	 * One event; {@code at} is ISO-8601 with an offset, kept as text so a malformed time rejects only its row.
	 * {@code source} is DEVICE, MOBILE or IMPORT (DEVICE when absent).
	 */
	record Incoming(String deviceId, String eventId, String employeeNo, String at, String source) {
	}

	/** What became of a batch: new events kept, repeats ignored, and the rows refused with the reason. */
	record Receipt(int accepted, int duplicates, List<Rejection> rejected) {
	}

	/** A refused row: its 0-based position in the batch and a translated reason. */
	record Rejection(int index, String reason) {
	}
}
