package io.renloop.interview.internal.scoring;

import io.renloop.interview.QuestionView;
import io.renloop.interview.Rubric;
import io.renloop.platform.SentenceEmbeddings;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prepares rubrics for scoring and keeps the most recently used ones, keyed by question and rubric version, so
 * the key points of a question are embedded once rather than for every answer. Thread-safe.
 */
final class RubricAnalysis {

	private static final int CACHED_RUBRICS = 1000;

	private final SentenceEmbeddings embeddings;

	private final ContentWords words;

	private final Map<String, AnalysedRubric> cache = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, AnalysedRubric> eldest) {
			return size() > CACHED_RUBRICS;
		}
	};

	RubricAnalysis(SentenceEmbeddings embeddings, ContentWords words) {
		this.embeddings = embeddings;
		this.words = words;
	}

	AnalysedRubric of(QuestionView question) {
		String key = question.id() + "@" + question.rubricVersion();
		synchronized (cache) {
			AnalysedRubric cached = cache.get(key);
			if (cached != null) {
				return cached;
			}
		}
		AnalysedRubric analysed = analyse(question);
		synchronized (cache) {
			cache.put(key, analysed);
		}
		return analysed;
	}

	private AnalysedRubric analyse(QuestionView question) {
		boolean chinese = RubricScorer.isChinese(question);
		Rubric rubric = question.rubric();
		List<AnalysedRubric.AnalysedText> keyPoints = rubric.keyPoints()
			.stream()
			.map(point -> text(point.text(), chinese))
			.toList();
		List<AnalysedRubric.AnalysedText> mustMention = rubric.mustMention()
			.stream()
			.map(item -> text(item, chinese))
			.toList();
		AnalysedRubric.AnalysedText questionText = text(question.text(), chinese);
		Set<String> terms = new HashSet<>(questionText.content());
		keyPoints.forEach(point -> terms.addAll(point.content()));
		mustMention.forEach(item -> terms.addAll(item.content()));
		return new AnalysedRubric(keyPoints, mustMention, questionText, Set.copyOf(terms));
	}

	private AnalysedRubric.AnalysedText text(String text, boolean chinese) {
		return new AnalysedRubric.AnalysedText(text, embeddings.embed(text, chinese ? Locale.CHINESE : Locale.ENGLISH),
				words.of(text, chinese).distinct());
	}
}
