package io.renloop.interview.internal;

import io.renloop.interview.AnswerFlag;
import io.renloop.interview.AnswerScore;
import io.renloop.interview.InterviewPlanDefinition.DimensionWeight;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionView;
import io.renloop.interview.internal.scoring.RubricScorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a submitted interview: every answer through the same scorer as the score preview (a missing or blank
 * answer scores 0), then per dimension the mean of its answers and overall the plan-weighted mean of the
 * dimensions that were asked about.
 */
@Component
class InterviewScoring {

	/** Names the scoring code in the AI-decision log; grows when the scorer changes what it computes. */
	static final String SCORER_VERSION = "rubric-scorer-2";

	private final QuestionBank bank;

	private final RubricScorer scorer;

	private final JsonMapper json;

	InterviewScoring(QuestionBank bank, RubricScorer scorer, JsonMapper json) {
		this.bank = bank;
		this.scorer = scorer;
		this.json = json;
	}

	/** Scores and stores the result on each answer. */
	void scoreAnswers(List<SessionAnswer> answers, Instant now) {
		for (SessionAnswer answer : answers) {
			QuestionView question = bank.get(answer.questionId());
			AnswerScore result = answer.text() == null || answer.text().isBlank() ? unanswered(question)
					: scorer.score(question, answer.text());
			answer.scored(result.score(), result.level(), json.writeValueAsString(result),
					json.writeValueAsString(result.flags()), result.rubricVersion(), SCORER_VERSION, now);
		}
	}

	AnswerScore evidence(SessionAnswer answer) {
		return json.readValue(answer.evidence(), AnswerScore.class);
	}

	/** 0–100 with one decimal per dimension that has answers, in the order of the weights. */
	static Map<String, Double> dimensionScores(List<SessionAnswer> answers, List<DimensionWeight> weights) {
		Map<String, List<Integer>> byDimension = new LinkedHashMap<>();
		weights.forEach(w -> byDimension.put(w.dimension(), new ArrayList<>()));
		answers.forEach(a -> byDimension.computeIfAbsent(a.dimension(), d -> new ArrayList<>()).add(a.score()));
		Map<String, Double> scores = new LinkedHashMap<>();
		byDimension.forEach((dimension, values) -> {
			if (!values.isEmpty()) {
				scores.put(dimension, round(values.stream().mapToInt(Integer::intValue).average().orElse(0)));
			}
		});
		return scores;
	}

	/** The weighted mean of the dimension scores, re-weighted over the dimensions that were asked about. */
	static double overall(Map<String, Double> dimensionScores, List<DimensionWeight> weights) {
		double weighted = 0;
		double total = 0;
		for (DimensionWeight weight : weights) {
			Double score = dimensionScores.get(weight.dimension());
			if (score != null) {
				weighted += weight.weight().doubleValue() * score;
				total += weight.weight().doubleValue();
			}
		}
		if (total == 0) {
			return round(dimensionScores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0));
		}
		return round(weighted / total);
	}

	/** The uncovered key points of the greatest weight across the answers, at most {@code limit}. */
	List<String> weaknesses(List<SessionAnswer> answers, int limit) {
		Set<String> points = new LinkedHashSet<>();
		answers.stream()
			.flatMap(a -> evidence(a).keyPoints().stream())
			.filter(k -> !k.covered())
			.sorted(Comparator.comparingDouble(AnswerScore.KeyPointEvidence::weight).reversed()
				.thenComparing(AnswerScore.KeyPointEvidence::keyPoint))
			.forEach(k -> points.add(k.keyPoint()));
		return points.stream().limit(limit).toList();
	}

	static double round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	private static AnswerScore unanswered(QuestionView question) {
		List<AnswerScore.KeyPointEvidence> points = question.rubric()
			.keyPoints()
			.stream()
			.map(k -> new AnswerScore.KeyPointEvidence(k.text(), k.weight(), false, 0, null))
			.toList();
		return new AnswerScore(1, 0, points, question.rubric().mustMention(), AnswerScore.Structure.none(), 0, 0,
				List.of(AnswerFlag.EMPTY), question.rubricVersion());
	}
}
