package io.renloop.training.internal.exam;

import io.renloop.training.Exams.QuestionKind;
import io.renloop.training.Exams.WrongAnswer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Grades answers: a question counts only when answered exactly right (all options of a multiple choice and no
 * other); fill-ins ignore case, surrounding blanks and full-width spaces. The score is the share right, 0 to 100
 * rounded half up.
 */
final class Grading {

	private Grading() {
	}

	static Graded grade(List<Question> questions, Map<UUID, String> answers) {
		int right = 0;
		List<WrongAnswer> wrong = new ArrayList<>();
		for (Question question : questions) {
			String given = answers.get(question.id());
			if (correct(question, given)) {
				right++;
			}
			else {
				wrong.add(new WrongAnswer(question.id(), question.text(), readable(question, given),
						readable(question, question.answer()), question.explanation()));
			}
		}
		int score = questions.isEmpty() ? 0 : BigDecimal.valueOf(right * 100L)
			.divide(BigDecimal.valueOf(questions.size()), 0, RoundingMode.HALF_UP)
			.intValue();
		return new Graded(score, wrong);
	}

	static boolean correct(Question question, String given) {
		if (given == null || given.isBlank()) {
			return false;
		}
		return switch (question.kind()) {
			case SINGLE -> given.strip().equals(question.answer().strip());
			case MULTIPLE -> choices(given).equals(choices(question.answer()));
			case TRUE_FALSE -> normal(given).equals(normal(question.answer()));
			case FILL_IN -> Arrays.stream(question.answer().split("\\|")).map(Grading::normal)
				.anyMatch(normal(given)::equals);
		};
	}

	/** An answer as a person reads it: the options' texts for choices. */
	static String readable(Question question, String answer) {
		if (answer == null || answer.isBlank()) {
			return "";
		}
		if (question.kind() == QuestionKind.SINGLE || question.kind() == QuestionKind.MULTIPLE) {
			return choices(answer).stream()
				.map(i -> i >= 0 && i < question.options().size() ? question.options().get(i) : "?")
				.collect(Collectors.joining("; "));
		}
		return question.kind() == QuestionKind.FILL_IN ? question.answer().equals(answer) ? answer.split("\\|")[0]
				: answer.strip() : answer.strip();
	}

	private static Set<Integer> choices(String answer) {
		Set<Integer> chosen = new TreeSet<>();
		for (String part : answer.split(",")) {
			try {
				chosen.add(Integer.parseInt(part.strip()));
			}
			catch (NumberFormatException notANumber) {
				chosen.add(-1);
			}
		}
		return chosen;
	}

	private static String normal(String text) {
		return text.replace('\u3000', ' ').strip().toLowerCase(Locale.ROOT);
	}

	record Graded(int score, List<WrongAnswer> wrongAnswers) {

		boolean passed(int passMark) {
			return score >= passMark;
		}
	}
}
