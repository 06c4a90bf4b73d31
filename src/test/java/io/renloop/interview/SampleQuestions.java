package io.renloop.interview;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Five realistic questions with full rubrics (gas emergency, a STAR conflict story, a sales objection, an English
 * deadline story, hydraulic support checks) for tests that need a question without the database.
 */
public final class SampleQuestions {

	public static final String RESOURCE = "io/renloop/interview/sample-questions.json";

	private static final List<QuestionDefinition> DEFINITIONS = QuestionFiles.read(RESOURCE);

	private SampleQuestions() {
	}

	public static List<QuestionDefinition> definitions() {
		return DEFINITIONS;
	}

	public static QuestionDefinition definition(String key) {
		return DEFINITIONS.stream()
			.filter(q -> q.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(key));
	}

	/** The question as the bank would show it, with an id derived from its key and rubric version 1. */
	public static QuestionView view(String key) {
		return view(definition(key));
	}

	public static QuestionView view(QuestionDefinition q) {
		UUID id = UUID.nameUUIDFromBytes(q.key().getBytes(StandardCharsets.UTF_8));
		return new QuestionView(id, q.key(), q.jobFamily(), q.dimension(), q.type(), q.language(), q.text(),
				q.rubric(), q.timeLimitSeconds(), 1, false, Instant.EPOCH);
	}
}
