package io.renloop.interview.evaluation;

import static io.renloop.interview.internal.scoring.Scorers.SCORER;
import static io.renloop.interview.internal.scoring.Scorers.SUGGESTER;
import static io.renloop.interview.internal.scoring.Scorers.WORDS;

import io.renloop.interview.AnswerScore;
import io.renloop.interview.QuestionType;
import io.renloop.interview.QuestionView;
import io.renloop.interview.Rubric;
import io.renloop.interview.evaluation.ShortAnswerCorpus.ScoredAnswer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Agreement of the rubric scorer with human graders on {@code ../shared/data/zh-sas}. Each question's rubric is
 * drafted from its reference answer by the same key-point suggester HR uses (no hand-tuning per question); every
 * answer goes through the scorer behind {@code score-preview}. Prints Spearman (scorer 0–100 against the raw
 * human score) and quadratic weighted kappa (scorer level 1–5 against the human score binned into five equal
 * bands: ADS 0–1, 2–3, 4–5, 6–7, 8–10; LE [0, 0.2), [0.2, 0.4), [0.4, 0.6), [0.6, 0.8), [0.8, 1]) per question
 * (questions with at least 8 answers) and pooled, next to a bag-of-words baseline: the share of the reference's
 * content words found in the answer, binned into the same five bands. Takes a few minutes, so it is not part of
 * the build: {@code ./mvnw -q test -Dtest=ShortAnswerAgreementEvaluation -Dsurefire.failIfNoSpecifiedTests=false}.
 * Skipped when the corpus is absent.
 */
class ShortAnswerAgreementEvaluation {

	@Test
	void algorithmsAndDataStructures() throws IOException {
		Assumptions.assumeTrue(ShortAnswerCorpus.available(), "zh-sas corpus not at " + ShortAnswerCorpus.FOLDER);
		evaluate("ADS (0–10)", ShortAnswerCorpus.ads(), human -> 1 + Math.min(4, Math.floor(human / 2)));
	}

	@Test
	void logisticsEngineering() throws IOException {
		Assumptions.assumeTrue(ShortAnswerCorpus.available(), "zh-sas corpus not at " + ShortAnswerCorpus.FOLDER);
		evaluate("LE (0–1)", ShortAnswerCorpus.le(), human -> 1 + Math.min(4, Math.floor(human * 5)));
	}

	private static void evaluate(String name, List<ScoredAnswer> answers, DoubleUnaryOperator humanLevel) {
		Map<String, QuestionView> questions = new HashMap<>();
		Map<String, Ratings> byQuestion = new LinkedHashMap<>();
		Ratings pooled = new Ratings();
		long started = System.nanoTime();
		for (ScoredAnswer answer : answers) {
			QuestionView question = questions.computeIfAbsent(answer.questionId(), id -> question(answer));
			AnswerScore score = SCORER.score(question, answer.answer());
			double overlap = overlap(answer.reference(), answer.answer());
			int human = (int) humanLevel.applyAsDouble(answer.human());
			for (Ratings ratings : List.of(pooled, byQuestion.computeIfAbsent(answer.questionId(), id -> new Ratings()))) {
				ratings.add(answer.human(), human, score.score(), score.level(), overlap);
			}
		}
		double millis = (System.nanoTime() - started) / 1e6;
		System.out.printf(Locale.ROOT, "%n%s: %d answers to %d questions, %.1f ms per answer%n", name, answers.size(),
				questions.size(), millis / answers.size());
		System.out.printf("%-10s %5s %10s %8s %10s %8s%n", "question", "n", "Spearman", "QWK", "BoW-Spear", "BoW-QWK");
		byQuestion.forEach((id, ratings) -> {
			if (ratings.size() >= 8) {
				System.out.println(ratings.line(id));
			}
		});
		System.out.println(pooled.line("pooled"));
	}

	/** The question as an HR user would set it up: type KNOWLEDGE, key points suggested from the reference. */
	static QuestionView question(ScoredAnswer answer) {
		List<Rubric.KeyPoint> keyPoints = SUGGESTER.suggest(answer.reference(), true);
		UUID id = UUID.nameUUIDFromBytes(answer.questionId().getBytes(StandardCharsets.UTF_8));
		return new QuestionView(id, answer.questionId(), null, "知识", QuestionType.KNOWLEDGE, "zh", answer.question(),
				new Rubric(keyPoints, List.of(), List.of(), answer.reference()), 300, 1, false, Instant.EPOCH);
	}

	/** Bag-of-words baseline: share of the reference's distinct content words that the answer contains. */
	static double overlap(String reference, String answer) {
		Set<String> expected = WORDS.of(reference, true).distinct();
		Set<String> given = WORDS.of(answer, true).distinct();
		return expected.isEmpty() ? 0 : (double) expected.stream().filter(given::contains).count() / expected.size();
	}

	/** The ratings of one question or of all. */
	private static final class Ratings {

		final List<Double> human = new ArrayList<>();

		final List<Integer> humanLevels = new ArrayList<>();

		final List<Double> scores = new ArrayList<>();

		final List<Integer> levels = new ArrayList<>();

		final List<Double> overlaps = new ArrayList<>();

		final List<Integer> overlapLevels = new ArrayList<>();

		void add(double humanScore, int humanLevel, int score, int level, double overlap) {
			human.add(humanScore);
			humanLevels.add(humanLevel);
			scores.add((double) score);
			levels.add(level);
			overlaps.add(overlap);
			overlapLevels.add(1 + (int) Math.min(4, Math.floor(overlap * 5)));
		}

		int size() {
			return human.size();
		}

		String line(String label) {
			return String.format(Locale.ROOT, "%-10s %5d %10.3f %8.3f %10.3f %8.3f", label, size(),
					Agreement.spearman(scores, human), Agreement.quadraticWeightedKappa(levels, humanLevels),
					Agreement.spearman(overlaps, human), Agreement.quadraticWeightedKappa(overlapLevels, humanLevels));
		}
	}
}
