package io.renloop.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a strong answer to a question covers: weighted key points (weights add up to 1), items it must mention,
 * behaviourally anchored levels 1–5 and an optional reference answer.
 *
 * @param keyPoints 1–10 weighted points, e.g. 立即停止作业 0.3
 * @param mustMention items whose absence caps the level, e.g. 报告调度室
 * @param levels at most one anchor per level 1–5, describing an answer of that level
 * @param referenceAnswer a model answer, or null
 */
public record Rubric(@NotNull @Size(min = 1, max = 10) List<@Valid @NotNull KeyPoint> keyPoints,
		@Size(max = 10) List<@NotBlank @Size(max = 100) String> mustMention,
		@Size(max = 5) List<@Valid @NotNull Level> levels, @Size(max = 4000) String referenceAnswer) {

	public Rubric {
		keyPoints = keyPoints == null ? null : List.copyOf(keyPoints);
		mustMention = mustMention == null ? List.of() : List.copyOf(mustMention);
		levels = levels == null ? List.of() : List.copyOf(levels);
	}

	/** A point a strong answer covers, with its share of the score (0 exclusive to 1). */
	public record KeyPoint(@NotBlank @Size(max = 300) String text, @NotNull @Positive @DecimalMax("1") Double weight) {
	}

	/** What an answer of {@code level} (1 weakest, 5 strongest) looks like. */
	public record Level(@NotNull @Min(1) @Max(5) Integer level, @NotBlank @Size(max = 1000) String anchor) {
	}
}
