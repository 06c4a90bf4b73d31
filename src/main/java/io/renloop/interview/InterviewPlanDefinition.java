package io.renloop.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What HR sets for a requisition's AI interview.
 *
 * @param questions 1–20 questions of the bank in the order they are asked
 * @param dimensionWeights weights adding up to 1, or null for the competency model's
 * @param passThreshold 0–100, the overall score a candidate needs to meet the plan
 * @param timeLimitMinutes an overall limit, or null for the sum of the questions' limits
 */
public record InterviewPlanDefinition(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull PlannedQuestion> questions,
		@Size(max = 20) List<@Valid @NotNull DimensionWeight> dimensionWeights,
		@NotNull @Min(0) @Max(100) Integer passThreshold, @Min(1) @Max(240) Integer timeLimitMinutes) {

	/** A question of the bank and its place in the interview (smaller first). */
	public record PlannedQuestion(@NotNull UUID questionId, @NotNull @Min(1) @Max(100) Integer order) {
	}

	/** The share of one competency dimension in the overall score. */
	public record DimensionWeight(@NotBlank @Size(max = 100) String dimension,
			@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal weight) {
	}
}
