package io.renloop.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The AI-decision log for audit and export: every scored answer of the tenant with the rubric and scorer versions
 * that produced its score. Answer texts and candidates' names are not part of it.
 */
public interface AiDecisionLog {

	/** At most this many decisions are exported at once; a longer period is refused with a 409. */
	int MAX_ENTRIES = 50_000;

	/**
	 * The decisions scored from {@code from} to {@code to} (both days inclusive, in the tenant's time zone), oldest
	 * first; the read is audited.
	 */
	List<AiDecision> between(LocalDate from, LocalDate to);

	/** One scored answer. */
	record AiDecision(UUID sessionId, UUID applicationId, UUID requisitionId, UUID questionId, String dimension,
			int score, int level, List<String> flags, Integer rubricVersion, String scorerVersion, Instant scoredAt) {
	}
}
