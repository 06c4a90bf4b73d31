package io.renloop.interview.internal;

import io.renloop.interview.AnswerScore;
import io.renloop.interview.AnswerScore.KeyPointEvidence;
import io.renloop.interview.InterviewPlanDefinition.DimensionWeight;
import io.renloop.interview.InterviewReport;
import io.renloop.interview.InterviewReport.AnswerResult;
import io.renloop.interview.InterviewReport.DimensionResult;
import io.renloop.interview.InterviewReport.Evidence;
import io.renloop.interview.InterviewReport.JobFit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the report of a scored interview from what was stored at submission, in the reader's language:
 * strengths from the best dimensions and the heaviest covered key points, improvements from the weakest
 * dimensions, the heaviest missed key points and missing must-mention items. Deterministic: every list is
 * ordered with ties broken by text.
 */
@Component
class InterviewReports {

	/** Dimensions at or above this score count as strengths, below it as areas to improve. */
	static final double STRONG_DIMENSION = 60;

	private static final int ITEMS = 3;

	private final InterviewScoring scoring;

	private final MessageSource messages;

	private final JsonMapper json;

	InterviewReports(InterviewScoring scoring, MessageSource messages, JsonMapper json) {
		this.scoring = scoring;
		this.messages = messages;
		this.json = json;
	}

	/** The report; dimensions in the order of the plan's weights (the stored document does not keep an order). */
	InterviewReport report(InterviewSession session, List<SessionAnswer> answers, List<DimensionWeight> weights) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Double> stored = json.readValue(session.dimensionScores(), new TypeReference<Map<String, Double>>() {
		});
		Map<String, Double> scores = new LinkedHashMap<>();
		weights.stream().filter(w -> stored.containsKey(w.dimension())).forEach(w -> scores.put(w.dimension(), stored.get(w.dimension())));
		new java.util.TreeMap<>(stored).forEach(scores::putIfAbsent);
		Map<UUID, AnswerScore> results = new LinkedHashMap<>();
		answers.forEach(a -> results.put(a.questionId(), scoring.evidence(a)));
		List<DimensionResult> dimensions = new ArrayList<>();
		scores.forEach((dimension, score) -> dimensions.add(new DimensionResult(dimension, weight(weights, dimension),
				score, evidence(dimension, answers, results))));
		double overall = session.overall().doubleValue();
		List<AnswerResult> log = answers.stream()
			.map(a -> new AnswerResult(a.questionId(), a.dimension(), a.score(), a.level(),
					results.get(a.questionId()).flags(), results.get(a.questionId()).missingMustMention(),
					a.rubricVersion(), a.scorerVersion()))
			.toList();
		return new InterviewReport(session.id(), session.applicationId(), session.candidateId(),
				session.requisitionId(), overall, dimensions, strengths(scores, results.values(), locale),
				improvements(scores, results.values(), locale), jobFit(overall, session.passThreshold(), locale), log,
				session.submittedAt());
	}

	private static double weight(List<DimensionWeight> weights, String dimension) {
		return weights.stream()
			.filter(w -> w.dimension().equals(dimension))
			.mapToDouble(w -> w.weight().doubleValue())
			.findFirst()
			.orElse(0);
	}

	private static List<Evidence> evidence(String dimension, List<SessionAnswer> answers, Map<UUID, AnswerScore> results) {
		List<Evidence> evidence = new ArrayList<>();
		answers.stream().filter(a -> a.dimension().equals(dimension)).forEach(a -> results.get(a.questionId())
			.keyPoints()
			.forEach(k -> evidence.add(new Evidence(a.questionId(), k.keyPoint(), k.covered(), k.quote()))));
		return evidence;
	}

	private List<String> strengths(Map<String, Double> scores, java.util.Collection<AnswerScore> results, Locale locale) {
		List<String> strengths = new ArrayList<>();
		scores.entrySet()
			.stream()
			.filter(e -> e.getValue() >= STRONG_DIMENSION)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(2)
			.forEach(e -> strengths.add(message("interview.report.strength.dimension", locale, e.getKey(),
					format(e.getValue()))));
		keyPoints(results, true).stream()
			.limit(ITEMS)
			.forEach(k -> strengths.add(message("interview.report.strength.keyPoint", locale, k)));
		return strengths;
	}

	private List<String> improvements(Map<String, Double> scores, java.util.Collection<AnswerScore> results,
			Locale locale) {
		List<String> improvements = new ArrayList<>();
		scores.entrySet()
			.stream()
			.filter(e -> e.getValue() < STRONG_DIMENSION)
			.sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.limit(2)
			.forEach(e -> improvements.add(message("interview.report.improve.dimension", locale, e.getKey(),
					format(e.getValue()))));
		keyPoints(results, false).stream()
			.limit(ITEMS)
			.forEach(k -> improvements.add(message("interview.report.improve.keyPoint", locale, k)));
		Set<String> missing = new java.util.TreeSet<>();
		results.forEach(r -> missing.addAll(r.missingMustMention()));
		missing.stream()
			.limit(ITEMS)
			.forEach(m -> improvements.add(message("interview.report.improve.mustMention", locale, m)));
		return improvements;
	}

	/** Covered (or missed) key points, heaviest and most clearly covered first. */
	private static List<String> keyPoints(java.util.Collection<AnswerScore> results, boolean covered) {
		Comparator<KeyPointEvidence> order = covered
				? Comparator.comparingDouble((KeyPointEvidence k) -> k.weight() * k.strength()).reversed()
				: Comparator.comparingDouble(KeyPointEvidence::weight).reversed();
		Set<String> points = new LinkedHashSet<>();
		results.stream()
			.flatMap(r -> r.keyPoints().stream())
			.filter(k -> k.covered() == covered)
			.sorted(order.thenComparing(KeyPointEvidence::keyPoint))
			.forEach(k -> points.add(k.keyPoint()));
		return List.copyOf(points);
	}

	/**
	 * STRONG at least 15 points above the threshold (or 90 and above), MODERATE when it meets the threshold,
	 * WEAK below it.
	 */
	JobFit jobFit(double overall, int threshold, Locale locale) {
		boolean meets = overall >= threshold;
		String level = meets && (overall >= threshold + 15 || overall >= 90) ? "STRONG" : meets ? "MODERATE" : "WEAK";
		return new JobFit(level, threshold, meets,
				message("interview.report.fit." + level, locale, format(overall), threshold));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
