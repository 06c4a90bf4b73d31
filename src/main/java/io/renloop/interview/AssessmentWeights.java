package io.renloop.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How much the AI interview and the interviewers' scorecards count in a requisition's composite assessment, in
 * percent; they add up to 100.
 */
public record AssessmentWeights(@NotNull @Min(0) @Max(100) Integer ai, @NotNull @Min(0) @Max(100) Integer human) {

	/** AI 40 %, humans 60 %: people weigh more than the machine. */
	public static final AssessmentWeights DEFAULT = new AssessmentWeights(40, 60);
}
