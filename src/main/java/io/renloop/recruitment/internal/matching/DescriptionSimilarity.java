package io.renloop.recruitment.internal.matching;

/**
 * Semantic similarity of a resume to a job description, both embedded in the vector space of the description's
 * language so that a Chinese resume and an English posting are still compared.
 */
final class DescriptionSimilarity {

	/** BGE similarities of unrelated texts rarely fall below this; it maps to a factor score of 0. */
	static final double UNRELATED = 0.45;

	/** Similarities from this up map to a factor score of 1. */
	static final double CLOSE = 0.80;

	private final TextVectors vectors;

	DescriptionSimilarity(TextVectors vectors) {
		this.vectors = vectors;
	}

	double similarity(String resumeText, String description) {
		TextLanguage language = TextLanguage.of(description);
		return TextVectors.cosine(vectors.vector(resumeText, language), vectors.vector(description, language));
	}

	static double score(double similarity) {
		return Math.max(0, Math.min(1, (similarity - UNRELATED) / (CLOSE - UNRELATED)));
	}
}
