package io.renloop.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A question of the bank as entered or imported.
 *
 * @param key a stable code unique in the tenant's bank, e.g. {@code SAFETY-GAS-01}; generated when null
 * @param jobFamily the job family code the question is for, e.g. {@code PROD}, or null for any
 * @param dimension the competency dimension it assesses, e.g. 安全意识
 * @param type the kind of question
 * @param language {@code zh} or {@code en}: the language answers are expected and scored in
 * @param text the question as the candidate reads it
 * @param rubric how answers are scored
 * @param timeLimitSeconds the time to answer, 30–900 seconds
 */
public record QuestionDefinition(@Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._-]+") String key,
		@Size(max = 40) String jobFamily, @NotBlank @Size(max = 100) String dimension, @NotNull QuestionType type,
		@NotNull @Pattern(regexp = "zh|en") String language, @NotBlank @Size(max = 2000) String text,
		@NotNull @Valid Rubric rubric, @NotNull @Min(30) @Max(900) Integer timeLimitSeconds) {
}
