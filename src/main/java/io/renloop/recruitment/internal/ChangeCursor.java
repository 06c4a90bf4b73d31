package io.renloop.recruitment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a node stands in an ordered change log whose numbers are taken when a transaction inserts and become
 * visible when it commits: number 11 may be seen before number 10, whose transaction commits a moment later. The
 * cursor remembers such gaps and asks for them again until they appear or {@link #GAP_PATIENCE} has passed (a
 * rolled-back transaction leaves a number that never appears).
 */
final class ChangeCursor {

	static final Duration GAP_PATIENCE = Duration.ofMinutes(1);

	private long position;

	private final Map<Long, Instant> gaps = new LinkedHashMap<>();

	ChangeCursor(long position) {
		this.position = position;
	}

	/** The number of the last change seen in order. */
	long position() {
		return position;
	}

	/** The numbers below the position still awaited. */
	Set<Long> gaps() {
		return Set.copyOf(gaps.keySet());
	}

	/** Takes in the numbers of a batch of changes read at {@code now}, in ascending order. */
	void advance(List<Long> seen, Instant now) {
		seen.forEach(gaps::remove);
		for (long seq : seen) {
			for (long missing = position + 1; missing < seq; missing++) {
				gaps.put(missing, now);
			}
			position = Math.max(position, seq);
		}
		gaps.values().removeIf(since -> since.plus(GAP_PATIENCE).isBefore(now));
	}

	/**
	 * The position to resume from after a restart: below the oldest awaited gap, so that a change committed late is
	 * still applied (applying a change twice is harmless).
	 */
	long safePoint() {
		return gaps.keySet().stream().mapToLong(seq -> seq - 1).min().orElse(position);
	}
}
