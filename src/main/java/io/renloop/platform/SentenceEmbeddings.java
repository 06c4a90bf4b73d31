package io.renloop.platform;

import java.util.Locale;

/**
 * In-process sentence embeddings for comparing texts by meaning: {@code bge-small-zh-v1.5} for Chinese and
 * {@code bge-small-en-v1.5} for English, both offline. Vectors are unit length, so their dot product is the cosine
 * similarity; only vectors made for the same language are comparable.
 */
public interface SentenceEmbeddings {

	/** The unit-length vector of {@code text} by the model for {@code language} (Chinese, else English). */
	float[] embed(String text, Locale language);

	/** Cosine similarity of two unit-length vectors made for the same language. */
	static double similarity(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}
}
