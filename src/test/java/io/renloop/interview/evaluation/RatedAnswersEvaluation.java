package io.renloop.interview.evaluation;

import static io.renloop.interview.internal.scoring.Scorers.SCORER;

import io.renloop.interview.AnswerScore;
import io.renloop.interview.QuestionDefinition;
import io.renloop.interview.QuestionFiles;
import io.renloop.interview.QuestionView;
import io.renloop.interview.SampleQuestions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreement of the scorer with answers rated 1–5 by the anchors of their rubric
 * ({@code io/renloop/interview/evaluation/rated-answers.json} over questions of the demo bank): quadratic weighted
 * kappa (scorer level against rating), Spearman (score 0–100 against rating) and the mean score per kind of
 * answer (strong, average, weak, off-topic, keyword-stuffing, copied-question, rambling). Skipped while the
 * rated set or the demo bank is absent. Run with
 * {@code ./mvnw -q test -Dtest=RatedAnswersEvaluation -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RatedAnswersEvaluation {

	static final String RATED_ANSWERS = "io/renloop/interview/evaluation/rated-answers.json";

	@Test
	void scorerAgreesWithTheRatings() throws IOException {
		List<QuestionDefinition> bank = QuestionFiles.read(QuestionFiles.DEMO_BANK);
		List<RatedAnswer> rated = ratedAnswers();
		Assumptions.assumeFalse(bank.isEmpty() || rated.isEmpty(), "rated answers or demo bank not on the class path");
		Map<String, QuestionView> questions = bank.stream()
			.collect(Collectors.toMap(QuestionDefinition::key, SampleQuestions::view, (a, b) -> a));
		List<Double> ratings = new ArrayList<>();
		List<Integer> ratingLevels = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		List<Integer> levels = new ArrayList<>();
		Map<String, List<Integer>> byKind = new TreeMap<>();
		long started = System.nanoTime();
		for (RatedAnswer answer : rated) {
			QuestionView question = questions.get(answer.questionKey());
			if (question == null) {
				System.out.println("No question " + answer.questionKey() + " in the demo bank; answer skipped");
				continue;
			}
			AnswerScore score = SCORER.score(question, answer.text());
			ratings.add((double) answer.rating());
			ratingLevels.add(answer.rating());
			scores.add((double) score.score());
			levels.add(score.level());
			byKind.computeIfAbsent(answer.kind(), kind -> new ArrayList<>()).add(score.score());
		}
		double millis = (System.nanoTime() - started) / 1e6;
		System.out.printf(Locale.ROOT, "%nRated answers: %d answers to %d questions, %.1f ms per answer%n",
				scores.size(), rated.stream().map(RatedAnswer::questionKey).distinct().count(), millis / scores.size());
		System.out.printf(Locale.ROOT, "QWK (level vs rating) %.3f, Spearman (score vs rating) %.3f%n",
				Agreement.quadraticWeightedKappa(levels, ratingLevels), Agreement.spearman(scores, ratings));
		byKind.forEach((kind, kindScores) -> System.out.printf(Locale.ROOT, "  %-18s n=%3d mean score %5.1f%n", kind,
				kindScores.size(), kindScores.stream().mapToInt(Integer::intValue).average().orElse(0)));
	}

	private static List<RatedAnswer> ratedAnswers() throws IOException {
		try (InputStream in = RatedAnswersEvaluation.class.getClassLoader().getResourceAsStream(RATED_ANSWERS)) {
			if (in == null) {
				return List.of();
			}
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<RatedAnswer>>() {
			});
		}
	}

	/**
	 * @param questionKey the key of a question in the demo bank
	 * @param rating 1–5 by the rubric's anchors
	 * @param kind strong, average, weak, off-topic, keyword-stuffing, copied-question or rambling
	 * @param text the answer
	 */
	record RatedAnswer(String questionKey, int rating, String kind, String text) {
	}
}
