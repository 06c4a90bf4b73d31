package io.renloop.interview;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person's decision on an application.
 *
 * @param reason why; required for REJECT
 */
public record DecisionCommand(@NotNull Outcome outcome, @Size(max = 1000) String reason) {

	/** What the person decided. */
	public enum Outcome {
		ADVANCE, REJECT, HOLD
	}
}
