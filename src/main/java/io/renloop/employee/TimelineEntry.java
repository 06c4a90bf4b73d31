package io.renloop.employee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One step of an employee's lifecycle. Any module may append entries (a candidacy, an interview result, a
 * review), identified by its {@code source}.
 *
 * @param id the entry
 * @param occurredOn the effective day
 * @param type e.g. HIRE, TRANSFER, PROMOTION, PAY_CHANGE, TERMINATION, APPLICATION, AI_INTERVIEW, REVIEW
 * @param source the module that recorded it, e.g. employee, recruitment
 * @param summary one line for people
 * @param details facts of the step (ids, scores), never plain personal data
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record TimelineEntry(UUID id, LocalDate occurredOn, String type, String source, String summary,
		Map<String, Object> details, Instant recordedAt, String recordedBy) {
}
