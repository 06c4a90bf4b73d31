package io.renloop.recruitment.internal.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds required skills or certificates among a candidate's: exact (ignoring case and width), then through the
 * {@link SynonymLexicon}, then by embedding similarity at or above a threshold.
 */
public final class TermMatcher {

	/** Cosine similarity of two short terms from which they count as the same thing. */
	static final double SEMANTIC_THRESHOLD = 0.88;

	/** Credit for a semantic match, below an exact one because it may be a near miss. */
	static final double SEMANTIC_CREDIT = 0.8;

	private final SynonymLexicon synonyms;

	private final TextVectors vectors;

	public TermMatcher(SynonymLexicon synonyms, TextVectors vectors) {
		this.synonyms = synonyms;
		this.vectors = vectors;
	}

	/** One match per required term, in order. */
	public List<TermMatch> match(Collection<String> required, Collection<String> held) {
		Map<String, float[]> vectorCache = new HashMap<>();
		return required.stream().map(term -> match(term, held, vectorCache)).toList();
	}

	private TermMatch match(String required, Collection<String> held, Map<String, float[]> vectorCache) {
		for (String candidate : held) {
			if (SynonymLexicon.sameTerm(required, candidate)) {
				return new TermMatch(required, candidate, TermMatch.Kind.EXACT, 1);
			}
		}
		for (String candidate : held) {
			if (synonyms.synonyms(required, candidate)) {
				return new TermMatch(required, candidate, TermMatch.Kind.SYNONYM, 1);
			}
		}
		return semanticMatch(required, held, vectorCache);
	}

	private TermMatch semanticMatch(String required, Collection<String> held, Map<String, float[]> vectorCache) {
		if (held.isEmpty()) {
			return new TermMatch(required, null, TermMatch.Kind.MISSING, 0);
		}
		TextLanguage language = TextLanguage.of(required);
		float[] wanted = vectors.vector(required, language);
		String best = null;
		double bestSimilarity = SEMANTIC_THRESHOLD;
		for (String candidate : held) {
			float[] vector = vectorCache.computeIfAbsent(language + "\u0000" + candidate,
					key -> vectors.vector(candidate, language));
			double similarity = TextVectors.cosine(wanted, vector);
			if (similarity >= bestSimilarity) {
				best = candidate;
				bestSimilarity = similarity;
			}
		}
		return best == null ? new TermMatch(required, null, TermMatch.Kind.MISSING, 0)
				: new TermMatch(required, best, TermMatch.Kind.SEMANTIC, SEMANTIC_CREDIT);
	}
}
