package io.renloop.training.internal.exam;

import io.renloop.training.Exams.AskedQuestion;
import io.renloop.training.Exams.QuestionKind;
import java.util.List;
import java.util.UUID;

/** A bank's question with its answer (see {@link io.renloop.training.Exams.SaveQuestion} for the answer's form). */
record Question(UUID id, QuestionKind kind, String text, List<String> options, String answer, String explanation) {

	AskedQuestion asked() {
		return new AskedQuestion(id, kind, text, options);
	}
}
