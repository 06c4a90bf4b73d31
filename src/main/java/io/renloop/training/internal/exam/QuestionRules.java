package io.renloop.training.internal.exam;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.training.Exams.SaveQuestion;
import java.util.ArrayList;
import java.util.List;

/** A question must be answerable: choices have options and an answer among them, true/false says true or false. */
final class QuestionRules {

	private QuestionRules() {
	}

	static void check(List<SaveQuestion> questions) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			SaveQuestion q = questions.get(i);
			String field = "questions[" + i + "].answer";
			int options = q.options() == null ? 0 : q.options().size();
			switch (q.kind()) {
				case SINGLE, MULTIPLE -> {
					if (options < 2) {
						problems.add(new FieldProblem("questions[" + i + "].options", "error.training.question.options"));
					}
					else if (!choicesWithin(q.answer(), options, q.kind() == io.renloop.training.Exams.QuestionKind.SINGLE)) {
						problems.add(new FieldProblem(field, "error.training.question.answer"));
					}
				}
				case TRUE_FALSE -> {
					if (!q.answer().strip().matches("(?i)true|false")) {
						problems.add(new FieldProblem(field, "error.training.question.trueFalse"));
					}
				}
				case FILL_IN -> {
					// any text is an accepted answer
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	private static boolean choicesWithin(String answer, int options, boolean single) {
		String[] parts = answer.split(",");
		if (single && parts.length != 1) {
			return false;
		}
		for (String part : parts) {
			try {
				int choice = Integer.parseInt(part.strip());
				if (choice < 0 || choice >= options) {
					return false;
				}
			}
			catch (NumberFormatException notANumber) {
				return false;
			}
		}
		return true;
	}
}
