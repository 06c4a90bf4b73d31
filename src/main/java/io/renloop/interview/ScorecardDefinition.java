package io.renloop.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an interviewer records after an interview.
 *
 * @param ratings 1–20 rated dimensions, each at most once
 * @param comment an overall comment, or null
 * @param recommendation the interviewer's recommendation
 */
public record ScorecardDefinition(@NotEmpty @Size(max = 20) List<@Valid @NotNull Rating> ratings,
		@Size(max = 4000) String comment, @NotNull Recommendation recommendation) {

	/** One dimension rated 1 (far below what the role needs) to 5 (far above). */
	public record Rating(@NotBlank @Size(max = 100) String dimension, @NotNull @Min(1) @Max(5) Integer rating,
			@Size(max = 2000) String comment) {
	}

	/** An interviewer's overall view. */
	public enum Recommendation {
		STRONG_YES, YES, NO, STRONG_NO
	}
}
