package io.renloop.interview.internal.scoring;

import static io.renloop.interview.internal.scoring.Scorers.SCORER;

import io.renloop.interview.QuestionView;
import io.renloop.interview.SampleQuestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scoring latency on one thread: p50 and p95 per answer over realistic answers of the sample questions (key-point
 * vectors cached, as in production after a question's first answer), and the time to score a full 8-question
 * interview. Not part of the build (the name does not end in Tests):
 * {@code ./mvnw -q test -Dtest=RubricScorerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RubricScorerBenchmark {

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

	@Test
	void latencyPerAnswerAndPerInterview() {
		List<QuestionView> questions = List.of(RubricScorerTests.GAS, RubricScorerTests.CONFLICT,
				RubricScorerTests.OBJECTION, RubricScorerTests.DEADLINE, RubricScorerTests.SHIELD,
				RubricScorerTests.GAS, RubricScorerTests.CONFLICT, RubricScorerTests.DEADLINE);
		List<String> answers = List.of(RubricScorerTests.STRONG_GAS, RubricScorerTests.STRONG_CONFLICT,
				SampleQuestions.definition("TEST-SALES-OBJECTION").rubric().referenceAnswer(),
				RubricScorerTests.STRONG_DEADLINE, SampleQuestions.definition("TEST-SUPPORT-SHIELD").rubric().referenceAnswer(),
				RubricScorerTests.STRONG_GAS.repeat(40), "我是一个认真负责的人。", RubricScorerTests.STRONG_DEADLINE.repeat(3));
		for (int i = 0; i < questions.size(); i++) {
			SCORER.score(questions.get(i), answers.get(i));
		}
		List<Double> perAnswer = new ArrayList<>();
		List<Double> perInterview = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			long interviewStart = System.nanoTime();
			for (int i = 0; i < questions.size(); i++) {
				long start = System.nanoTime();
				SCORER.score(questions.get(i), answers.get(i) + " " + round);
				perAnswer.add((System.nanoTime() - start) / 1e6);
			}
			perInterview.add((System.nanoTime() - interviewStart) / 1e6);
		}
		System.out.printf(Locale.ROOT, "%nPer answer (%d): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", perAnswer.size(),
				percentile(perAnswer, 50), percentile(perAnswer, 95), Collections.max(perAnswer));
		System.out.printf(Locale.ROOT, "8-question interview (%d): p50 %.1f ms, p95 %.1f ms%n", perInterview.size(),
				percentile(perInterview, 50), percentile(perInterview, 95));
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}
}
