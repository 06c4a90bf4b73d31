package io.renloop.recruitment.internal.matching;

/**
 * Semantic similarity of a resume to a job description, both embedded in the vector space of the description's
 * language so that a Chinese resume and an English posting are still compared. Like the talent pool's search, it
 * compares the whole resume (its blocks pooled, {@link ResumeVectors}) with what the description asks for
 * ({@link JobQuery#focus()}), not with its benefits and boilerplate.
 */
final class DescriptionSimilarity {

	/** BGE similarities of unrelated texts rarely fall below this; it maps to a factor score of 0. */
	static final double UNRELATED = 0.45;

	/** Similarities from this up map to a factor score of 1. */
	static final double CLOSE = 0.80;

	private final TextVectors vectors;

	private final ResumeVectors resumes;

	DescriptionSimilarity(TextVectors vectors) {
		this.vectors = vectors;
		this.resumes = ResumeVectors.standard(vectors);
	}

	double similarity(String resumeText, String description) {
		String focus = JobQuery.of(description).focus();
		TextLanguage language = TextLanguage.of(focus);
		return TextVectors.cosine(resumes.vector(resumeText, language), vectors.vector(focus, language));
	}

	static double score(double similarity) {
		return Math.max(0, Math.min(1, (similarity - UNRELATED) / (CLOSE - UNRELATED)));
	}
}
