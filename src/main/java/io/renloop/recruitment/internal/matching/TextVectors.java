package io.renloop.recruitment.internal.matching;

/**
 * Turns text into unit-length vectors, one vector space per {@link TextLanguage}. {@link TextEmbeddings} is the
 * production implementation; benchmarks substitute cheap synthetic vectors.
 */
public interface TextVectors {

	/** The unit-length vector of {@code text} in the space of {@code language}. */
	float[] vector(String text, TextLanguage language);

	/** The length of the vectors of {@code language}. */
	int dimension(TextLanguage language);

	/** The vector of {@code text} in the space of its own language. */
	default float[] vector(String text) {
		return vector(text, TextLanguage.of(text));
	}

	/** Cosine similarity of two unit-length vectors. */
	static double cosine(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}
}
