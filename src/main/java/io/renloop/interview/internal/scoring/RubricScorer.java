package io.renloop.interview.internal.scoring;

import io.renloop.interview.AnswerFlag;
import io.renloop.interview.AnswerScore;
import io.renloop.interview.AnswerScore.KeyPointEvidence;
import io.renloop.interview.AnswerScore.Structure;
import io.renloop.interview.QuestionType;
import io.renloop.interview.QuestionView;
import io.renloop.interview.Rubric;
import io.renloop.platform.SentenceEmbeddings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores an answer against a question's rubric and says why: for every key point whether the answer covers it
 * and with which sentence, the missing must-mention items, STAR completeness or step order, specificity,
 * relevance, and the flags that capped the score. Pure and deterministic: no database, no randomness, and the
 * work is bounded — only the first {@link #SCORED_CHARS_CHINESE} / {@link #SCORED_CHARS_ENGLISH} characters and
 * {@link #MAX_SENTENCES} sentences are read. See {@code docs/adr/0008-rubric-scoring.md}.
 */
public final class RubricScorer {

	public static final int SCORED_CHARS_CHINESE = 1500;

	public static final int SCORED_CHARS_ENGLISH = 4000;

	public static final int MAX_SENTENCES = 24;

	/** At most this many sentences and clauses are embedded. */
	public static final int MAX_UNITS = 36;

	/** A key point or must-mention item counts as covered from this strength on. */
	public static final double COVERED = 0.5;

	private final SentenceEmbeddings embeddings;

	private final ContentWords words;

	private final RubricAnalysis rubrics;

	public RubricScorer(SentenceEmbeddings embeddings, ContentWords words) {
		this.embeddings = embeddings;
		this.words = words;
		this.rubrics = new RubricAnalysis(embeddings, words);
	}

	static boolean isChinese(QuestionView question) {
		return "zh".equals(question.language());
	}

	public AnswerScore score(QuestionView question, String answer) {
		Reading reading = read(question, answer);
		if (reading == null) {
			return empty(question);
		}
		boolean chinese = reading.chinese();
		AnalysedRubric rubric = reading.rubric();
		List<AnswerUnit> units = reading.units();
		List<String> sentences = reading.sentences();
		ContentWords.Words all = reading.all();

		List<KeyPointEvidence> keyPoints = new ArrayList<>();
		int[] positions = new int[rubric.keyPoints().size()];
		double coverage = coverage(question, reading, keyPoints, positions);

		List<String> missing = new ArrayList<>();
		for (int i = 0; i < rubric.mustMention().size(); i++) {
			if (Evidence.best(rubric.mustMention().get(i), units, chinese).strength() < COVERED) {
				missing.add(question.rubric().mustMention().get(i));
			}
		}
		Structure structure = question.type() == QuestionType.BEHAVIOURAL ? StructureReader.star(sentences, chinese)
				: StructureReader.isProcedure(question) ? StructureReader.steps(positions) : Structure.none();
		double specificity = Specificity.of(sentences, chinese);
		double relevance = relevance(units, rubric, chinese);

		Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
		if (reading.text().length() > reading.limit()) {
			flags.add(AnswerFlag.TOO_LONG);
		}
		if (GamingSignals.copiesQuestion(all, rubric.question().content())) {
			flags.add(AnswerFlag.COPIED_QUESTION);
		}
		if (question.type() != QuestionType.KNOWLEDGE
				&& GamingSignals.stuffsKeywords(reading.scored(), all, rubric.rubricTerms(),
						TermLists.share(sentences, reading.listed()), chinese, words)) {
			flags.add(AnswerFlag.KEYWORD_STUFFING);
		}
		if (GamingSignals.repeats(units, all)) {
			flags.add(AnswerFlag.REPETITIVE);
		}
		if (relevance < ScoreBands.OFF_TOPIC_RELEVANCE && coverage < ScoreBands.OFF_TOPIC_COVERAGE) {
			flags.add(AnswerFlag.OFF_TOPIC);
		}
		double quality = ScoreBands.quality(question, coverage, termRecall(rubric, all), structure, specificity);
		int maxLevel = ScoreBands.maxLevel(question.type(), flags, missing.size(), rubric.mustMention().size(),
				specificity);
		int score = Math.min((int) Math.round(100 * quality), ScoreBands.highestScore(maxLevel));
		return new AnswerScore(ScoreBands.level(score), score, keyPoints, missing, structure, specificity, relevance,
				GamingSignals.ordered(flags), question.rubricVersion());
	}

	/**
	 * What can be measured of an answer to a knowledge question against its rubric and reference answer, for
	 * measuring how the signals agree with human graders ({@code LeaveQuestionOutScoringEvaluation}); the score does
	 * not use the reference features (see docs/user-guide/interview.md). All zero for an empty answer; the
	 * reference features zero when the rubric has no reference answer. Embeds the reference answer and the whole
	 * answer on every call.
	 */
	public KnowledgeFeatures knowledgeFeatures(QuestionView question, String answer) {
		Reading reading = read(question, answer);
		if (reading == null) {
			return new KnowledgeFeatures(0, 0, 0, 0, 0, 0);
		}
		double coverage = coverage(question, reading, new ArrayList<>(), new int[reading.rubric().keyPoints().size()]);
		double termRecall = termRecall(reading.rubric(), reading.all());
		String reference = question.rubric().referenceAnswer();
		if (reference == null || reference.isBlank()) {
			return new KnowledgeFeatures(coverage, termRecall, 0, 0, 0, 0);
		}
		Locale language = reading.chinese() ? Locale.CHINESE : Locale.ENGLISH;
		Set<String> given = reading.all().distinct();
		Set<String> expected = words.of(reference, reading.chinese()).distinct();
		double similarity = SentenceEmbeddings.similarity(embeddings.embed(reading.scored(), language),
				embeddings.embed(reference, language));
		double recall = expected.isEmpty() ? 0 : (double) expected.stream().filter(given::contains).count() / expected.size();
		double precision = (double) given.stream().filter(expected::contains).count() / given.size();
		double length = Math.max(-3, Math.min(1, Math.log((1.0 + given.size()) / (1.0 + expected.size()))));
		return new KnowledgeFeatures(coverage, termRecall, similarity, recall, precision, length);
	}

	/** The answer cut to the scored length, its words, sentences and embedded units; null when it has no content. */
	private Reading read(QuestionView question, String answer) {
		boolean chinese = isChinese(question);
		String text = answer == null ? "" : answer.strip();
		int limit = chinese ? SCORED_CHARS_CHINESE : SCORED_CHARS_ENGLISH;
		String scored = text.length() > limit ? text.substring(0, limit) : text;
		ContentWords.Words all = words.of(scored, chinese);
		List<String> sentences = Sentences.of(scored, chinese, MAX_SENTENCES);
		if (all.content().isEmpty() || sentences.isEmpty()) {
			return null;
		}
		AnalysedRubric rubric = rubrics.of(question);
		boolean[] listed = listed(sentences, question, chinese);
		return new Reading(text, scored, limit, chinese, all, sentences, listed, units(sentences, listed, rubric, chinese),
				rubric);
	}

	/**
	 * The key points' weighted credit 0–1; adds each key point's evidence to {@code keyPoints} and the index of the
	 * sentence that covers it (or -1) to {@code positions}.
	 */
	private static double coverage(QuestionView question, Reading reading, List<KeyPointEvidence> keyPoints,
			int[] positions) {
		double coverage = 0;
		double totalWeight = 0;
		for (int i = 0; i < positions.length; i++) {
			Rubric.KeyPoint point = question.rubric().keyPoints().get(i);
			Evidence.Match match = Evidence.best(reading.rubric().keyPoints().get(i), reading.units(), reading.chinese());
			boolean covered = match.strength() >= COVERED;
			positions[i] = covered ? match.unit().index() : -1;
			keyPoints.add(new KeyPointEvidence(point.text(), point.weight(), covered, round(match.strength()),
					covered ? match.unit().sentence() : null));
			coverage += point.weight() * credit(match.strength());
			totalWeight += point.weight();
		}
		return totalWeight == 0 ? 0 : coverage / totalWeight;
	}

	/** An answer read for scoring. */
	private record Reading(String text, String scored, int limit, boolean chinese, ContentWords.Words all,
			List<String> sentences, boolean[] listed, List<AnswerUnit> units, AnalysedRubric rubric) {
	}

	/**
	 * The answer's sentences and, for sentences of several clauses, the clauses too: a short key point is
	 * matched best by the clause that states it, a longer one by the whole sentence. Embedded one after the
	 * other by the question language's model, at most {@link #MAX_UNITS}; a piece repeated word for word is
	 * embedded once.
	 */
	private List<AnswerUnit> units(List<String> sentences, boolean[] listed, AnalysedRubric rubric, boolean chinese) {
		Locale language = chinese ? Locale.CHINESE : Locale.ENGLISH;
		Map<String, float[]> vectors = new HashMap<>();
		List<AnswerUnit> units = new ArrayList<>();
		for (int i = 0; i < sentences.size() && units.size() < MAX_UNITS; i++) {
			String sentence = sentences.get(i);
			List<String> clauses = Sentences.clauses(sentence);
			List<String> pieces = new ArrayList<>(List.of(sentence));
			if (clauses.size() > 1) {
				pieces.addAll(clauses);
			}
			for (String piece : pieces.subList(0, Math.min(pieces.size(), MAX_UNITS - units.size()))) {
				ContentWords.Words pieceWords = words.of(piece, chinese);
				boolean copied = GamingSignals.copiesQuestion(pieceWords, rubric.question().content());
				float[] vector = vectors.computeIfAbsent(piece, text -> embeddings.embed(text, language));
				units.add(new AnswerUnit(i, sentence, piece, vector, pieceWords.distinct(), copied, listed[i]));
			}
		}
		return units;
	}

	/**
	 * Which sentences are bare lists of terms. Knowledge questions are answered in the subject's terms, and a list
	 * of them is a legitimate answer there, so none of theirs counts as a list.
	 */
	private boolean[] listed(List<String> sentences, QuestionView question, boolean chinese) {
		boolean[] listed = new boolean[sentences.size()];
		for (int i = 0; i < listed.length; i++) {
			listed[i] = question.type() != QuestionType.KNOWLEDGE && TermLists.isTermList(sentences.get(i), chinese, words);
		}
		return listed;
	}

	/** The mean of the three sentences closest in meaning to the question or a key point. */
	private static double relevance(List<AnswerUnit> units, AnalysedRubric rubric, boolean chinese) {
		List<Double> best = new ArrayList<>();
		for (AnswerUnit unit : units) {
			double closest = unit.copiedFromQuestion() ? 0
					: Evidence.semantic(rubric.question().vector(), unit.vector(), chinese);
			for (AnalysedRubric.AnalysedText point : rubric.keyPoints()) {
				closest = Math.max(closest, Evidence.semantic(point.vector(), unit.vector(), chinese));
			}
			best.add(closest);
		}
		best.sort((a, b) -> Double.compare(b, a));
		return round(best.stream().limit(3).mapToDouble(Double::doubleValue).average().orElse(0));
	}

	/** Share of the key points' distinct content words that the answer uses anywhere. */
	private static double termRecall(AnalysedRubric rubric, ContentWords.Words answer) {
		Set<String> terms = new HashSet<>();
		rubric.keyPoints().forEach(point -> terms.addAll(point.content()));
		Set<String> used = answer.distinct();
		return terms.isEmpty() ? 0 : (double) terms.stream().filter(used::contains).count() / terms.size();
	}

	/**
	 * Credit for a key point: none up to strength 0.2, full from 0.8, linear in between. Full credit from 0.7
	 * instead lowered the agreement with human graders on zh-SAS (pooled Spearman ADS 0.40 → 0.33).
	 */
	static double credit(double strength) {
		return Evidence.clamp((strength - 0.2) / 0.6);
	}

	private static AnswerScore empty(QuestionView question) {
		List<KeyPointEvidence> keyPoints = question.rubric()
			.keyPoints()
			.stream()
			.map(point -> new KeyPointEvidence(point.text(), point.weight(), false, 0, null))
			.toList();
		Structure structure = question.type() == QuestionType.BEHAVIOURAL
				? new Structure("STAR", false, false, false, false, null, 0) : Structure.none();
		return new AnswerScore(1, 0, keyPoints, question.rubric().mustMention(), structure, 0, 0,
				List.of(AnswerFlag.EMPTY), question.rubricVersion());
	}

	static double round(double value) {
		return Math.round(1000 * value) / 1000.0;
	}
}
