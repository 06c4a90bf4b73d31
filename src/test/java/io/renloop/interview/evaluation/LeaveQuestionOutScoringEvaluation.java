package io.renloop.interview.evaluation;

import static io.renloop.interview.internal.scoring.Scorers.SCORER;

import io.renloop.interview.QuestionView;
import io.renloop.interview.evaluation.ShortAnswerCorpus.ScoredAnswer;
import io.renloop.interview.internal.scoring.KnowledgeFeatures;
import io.renloop.platform.SentenceEmbeddings;
import io.renloop.recruitment.matching.SharedEmbeddings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Whether the knowledge-answer score generalises to questions it was not fitted on, on {@code ../shared/data/zh-sas}
 * (ADS and LE train splits, Chinese). Every answer's features ({@link KnowledgeFeatures}: key-point
 * coverage by meaning and by term, similarity to the reference answer by meaning and by words, length) are
 * measured once; then, for each question in turn, the feature weights are fitted by ridge regression on the
 * answers of every other question of both sets and the left-out question's answers are scored with them
 * (leave-question-out), so no question's grades tune its own scores. Prints pooled and per-question Spearman and
 * QWK (binned as in {@link ShortAnswerAgreementEvaluation}) next to the knowledge score before this model (half
 * coverage, half term recall; caps aside, what the scorer gave), the naive embedding
 * baseline (cosine of answer and reference) and the bag-of-words baseline (share of the reference's content words
 * in the answer), and the weights fitted on every question. A few
 * minutes (every answer goes through the scorer), so not part of the build:
 * {@code ./mvnw -o test -Dtest=LeaveQuestionOutScoringEvaluation -Dsurefire.failIfNoSpecifiedTests=false}. Skipped
 * when the corpus is absent.
 */
class LeaveQuestionOutScoringEvaluation {

	/** The knowledge score before the fitted model: half key-point coverage, half term recall. */
	static final double[] BEFORE = { 0, 0.5, 0.5, 0, 0, 0, 0 };

	/** Ridge penalty on standardised features; fixed, not searched. */
	static final double RIDGE = 1.0;

	@Test
	void knowledgeScoresGeneraliseToUnseenQuestions() throws IOException {
		Assumptions.assumeTrue(ShortAnswerCorpus.available(), "zh-sas corpus not at " + ShortAnswerCorpus.FOLDER);
		List<Row> rows = new ArrayList<>();
		long started = System.nanoTime();
		addRows(rows, "ADS", ShortAnswerCorpus.ads(), human -> human / 10);
		addRows(rows, "LE", ShortAnswerCorpus.le(), human -> human);
		System.out.printf(Locale.ROOT, "%d answers measured in %.1f s%n", rows.size(), (System.nanoTime() - started) / 1e9);

		Map<String, Double> predicted = new HashMap<>();
		for (String question : rows.stream().map(Row::questionId).distinct().toList()) {
			double[] weights = Ridge.fit(rows.stream().filter(row -> !row.questionId().equals(question)).toList(), RIDGE);
			rows.stream()
				.filter(row -> row.questionId().equals(question))
				.forEach(row -> predicted.put(row.key(), quality(row.features(), weights)));
		}
		for (String set : List.of("ADS", "LE")) {
			List<Row> ofSet = rows.stream().filter(row -> row.set().equals(set)).toList();
			System.out.printf(Locale.ROOT, "%n%s, leave-question-out (%d answers, %d questions)%n", set, ofSet.size(),
					ofSet.stream().map(Row::questionId).distinct().count());
			System.out.printf("%-10s %5s %17s %17s %17s %17s%n", "question", "n", "fitted ρ/QWK", "before ρ/QWK",
					"embedding ρ/QWK", "BoW ρ/QWK");
			Map<String, List<Row>> byQuestion = new LinkedHashMap<>();
			ofSet.forEach(row -> byQuestion.computeIfAbsent(row.questionId(), id -> new ArrayList<>()).add(row));
			byQuestion.forEach((id, answers) -> {
				if (answers.size() >= 8) {
					System.out.println(line(id, answers, predicted));
				}
			});
			System.out.println(line("pooled", ofSet, predicted));
			System.out.println(perQuestionMean(byQuestion, predicted));
		}
		double[] all = Ridge.fit(rows, RIDGE);
		System.out.printf(Locale.ROOT, "%nWeights fitted on every question (intercept, %s): %s%n",
				String.join(", ", KnowledgeFeatures.NAMES), Ridge.format(all));
	}

	private static void addRows(List<Row> rows, String set, List<ScoredAnswer> answers,
			java.util.function.DoubleUnaryOperator normalise) {
		Map<String, QuestionView> questions = new HashMap<>();
		Map<String, float[]> references = new HashMap<>();
		for (int i = 0; i < answers.size(); i++) {
			ScoredAnswer answer = answers.get(i);
			QuestionView question = questions.computeIfAbsent(answer.questionId(),
					id -> ShortAnswerAgreementEvaluation.question(answer));
			KnowledgeFeatures features = SCORER.knowledgeFeatures(question, answer.answer());
			double naive = answer.answer().isBlank() ? 0
					: SentenceEmbeddings.similarity(SharedEmbeddings.INSTANCE.embed(answer.answer(), Locale.CHINESE),
							references.computeIfAbsent(answer.reference(),
									reference -> SharedEmbeddings.INSTANCE.embed(reference, Locale.CHINESE)));
			double human = normalise.applyAsDouble(answer.human());
			rows.add(new Row(set + "#" + i, set, answer.questionId(), human, features,
					quality(features, BEFORE), naive,
					ShortAnswerAgreementEvaluation.overlap(answer.reference(), answer.answer())));
		}
	}

	/** 0–1: the weighted sum of {@code features} (intercept first), clamped. */
	static double quality(KnowledgeFeatures features, double[] weights) {
		double[] values = features.values();
		double sum = weights[0];
		for (int i = 0; i < values.length; i++) {
			sum += weights[i + 1] * values[i];
		}
		return Math.max(0, Math.min(1, sum));
	}

	private static String line(String label, List<Row> answers, Map<String, Double> predicted) {
		return String.format(Locale.ROOT, "%-10s %5d %17s %17s %17s %17s", label, answers.size(),
				agreement(answers, row -> predicted.get(row.key())), agreement(answers, Row::scorer),
				agreement(answers, Row::naiveEmbedding), agreement(answers, Row::bagOfWords));
	}

	/** The mean of the per-question Spearman coefficients of questions with at least 8 answers. */
	private static String perQuestionMean(Map<String, List<Row>> byQuestion, Map<String, Double> predicted) {
		List<List<Row>> large = byQuestion.values().stream().filter(answers -> answers.size() >= 8).toList();
		if (large.isEmpty()) {
			return "(no question with 8 answers or more: per-question figures not printed)";
		}
		List<ToDoubleFunction<Row>> scorers = List.of(row -> predicted.get(row.key()), Row::scorer,
				Row::naiveEmbedding, Row::bagOfWords);
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %5d", "mean ρ/q", large.size()));
		for (ToDoubleFunction<Row> scorer : scorers) {
			double mean = large.stream()
				.mapToDouble(answers -> Agreement.spearman(answers.stream().map(scorer::applyAsDouble).toList(),
						answers.stream().map(Row::human).toList()))
				.filter(value -> !Double.isNaN(value))
				.average()
				.orElse(Double.NaN);
			line.append(String.format(Locale.ROOT, " %17.3f", mean));
		}
		return line.toString();
	}

	private static String agreement(List<Row> answers, ToDoubleFunction<Row> scorer) {
		List<Double> scores = answers.stream().map(scorer::applyAsDouble).toList();
		List<Double> human = answers.stream().map(Row::human).toList();
		return String.format(Locale.ROOT, "%.3f / %.3f", Agreement.spearman(scores, human),
				Agreement.quadraticWeightedKappa(scores.stream().map(LeaveQuestionOutScoringEvaluation::level).toList(),
						human.stream().map(LeaveQuestionOutScoringEvaluation::level).toList()));
	}

	/** Five equal bands of 0–1, as the human scores are binned. */
	private static int level(double value) {
		return 1 + (int) Math.max(0, Math.min(4, Math.floor(value * 5)));
	}

	/**
	 * One graded answer.
	 * @param human the grade scaled to 0–1
	 * @param scorer the knowledge score before this model, 0–1
	 * @param naiveEmbedding cosine of the answer's and the reference's embeddings
	 * @param bagOfWords share of the reference's content words in the answer
	 */
	record Row(String key, String set, String questionId, double human, KnowledgeFeatures features, double scorer,
			double naiveEmbedding, double bagOfWords) {
	}

	/** Ridge regression of the human grade on the standardised features, returned in the features' own scale. */
	static final class Ridge {

		private Ridge() {
		}

		/** Intercept first, then one weight per feature, applying to the raw feature values. */
		static double[] fit(List<Row> rows, double lambda) {
			int p = KnowledgeFeatures.NAMES.size();
			int n = rows.size();
			double[] mean = new double[p];
			double[] sd = new double[p];
			double meanY = rows.stream().mapToDouble(Row::human).average().orElse(0);
			for (Row row : rows) {
				double[] x = row.features().values();
				for (int j = 0; j < p; j++) {
					mean[j] += x[j] / n;
				}
			}
			for (Row row : rows) {
				double[] x = row.features().values();
				for (int j = 0; j < p; j++) {
					sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
				}
			}
			for (int j = 0; j < p; j++) {
				sd[j] = Math.sqrt(sd[j]) < 1e-9 ? 1 : Math.sqrt(sd[j]);
			}
			double[][] a = new double[p][p + 1];
			for (Row row : rows) {
				double[] x = row.features().values();
				double[] z = new double[p];
				for (int j = 0; j < p; j++) {
					z[j] = (x[j] - mean[j]) / sd[j];
				}
				for (int j = 0; j < p; j++) {
					for (int k = 0; k < p; k++) {
						a[j][k] += z[j] * z[k];
					}
					a[j][p] += z[j] * (row.human() - meanY);
				}
			}
			for (int j = 0; j < p; j++) {
				a[j][j] += lambda;
			}
			double[] beta = solve(a);
			double[] weights = new double[p + 1];
			weights[0] = meanY;
			for (int j = 0; j < p; j++) {
				weights[j + 1] = beta[j] / sd[j];
				weights[0] -= beta[j] * mean[j] / sd[j];
			}
			return weights;
		}

		/** Gaussian elimination with partial pivoting of an augmented, symmetric positive definite system. */
		private static double[] solve(double[][] a) {
			int p = a.length;
			for (int col = 0; col < p; col++) {
				int pivot = col;
				for (int row = col + 1; row < p; row++) {
					if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
						pivot = row;
					}
				}
				double[] swap = a[col];
				a[col] = a[pivot];
				a[pivot] = swap;
				for (int row = col + 1; row < p; row++) {
					double factor = a[row][col] / a[col][col];
					for (int k = col; k <= p; k++) {
						a[row][k] -= factor * a[col][k];
					}
				}
			}
			double[] x = new double[p];
			for (int row = p - 1; row >= 0; row--) {
				double sum = a[row][p];
				for (int k = row + 1; k < p; k++) {
					sum -= a[row][k] * x[k];
				}
				x[row] = sum / a[row][row];
			}
			return x;
		}

		static String format(double[] weights) {
			StringBuilder text = new StringBuilder("{ ");
			for (int i = 0; i < weights.length; i++) {
				text.append(String.format(Locale.ROOT, i == 0 ? "%.4f" : ", %.4f", weights[i]));
			}
			return text.append(" }").toString();
		}
	}
}
