package io.renloop.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person's answer to a request for human review.
 *
 * @param outcome CONFIRMED when the reviewer's own assessment agrees with the AI interview's, REVISED when it
 * replaces it
 * @param comment the reviewer's assessment in their own words
 */
public record HumanReviewAnswer(@NotNull Outcome outcome, @NotBlank @Size(max = 4000) String comment) {

	/** The reviewer's conclusion. */
	public enum Outcome {
		CONFIRMED, REVISED
	}
}
