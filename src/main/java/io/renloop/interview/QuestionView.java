package io.renloop.interview;

import java.time.Instant;
import java.util.UUID;

/**
 * A question of the bank with its rubric. {@code rubricVersion} starts at 1 and grows with every change of the
 * rubric, so a score can always name the rubric that produced it.
 */
public record QuestionView(UUID id, String key, String jobFamily, String dimension, QuestionType type,
		String language, String text, Rubric rubric, int timeLimitSeconds, int rubricVersion, boolean archived,
		Instant updatedAt) {
}
