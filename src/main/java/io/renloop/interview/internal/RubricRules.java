package io.renloop.interview.internal;

import io.renloop.interview.QuestionDefinition;
import io.renloop.interview.Rubric;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules of a rubric that annotations cannot express: key-point weights add up to 1 (±0.01), each level is
 * anchored at most once.
 */
final class RubricRules {

	static final double WEIGHT_TOLERANCE = 0.01;

	private RubricRules() {
	}

	static void check(QuestionDefinition question) {
		List<FieldProblem> problems = new ArrayList<>();
		Rubric rubric = question.rubric();
		double sum = rubric.keyPoints().stream().mapToDouble(Rubric.KeyPoint::weight).sum();
		if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
			problems.add(new FieldProblem("rubric.keyPoints", "interview.rubric.weightsSum",
					String.format(Locale.ROOT, "%.2f", sum)));
		}
		Set<Integer> levels = new HashSet<>();
		for (Rubric.Level level : rubric.levels()) {
			if (!levels.add(level.level())) {
				problems.add(new FieldProblem("rubric.levels", "interview.rubric.levelTwice", level.level()));
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}
}
