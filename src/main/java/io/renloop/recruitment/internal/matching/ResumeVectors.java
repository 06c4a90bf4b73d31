package io.renloop.recruitment.internal.matching;

import java.util.List;
import java.util.Map;

/**
 * The vector of a whole resume: each of its {@link ResumeBlocks} embedded on its own, then pooled into one unit
 * vector by a weighted mean. {@link Pooling#SECTION_WEIGHTED} is the one in use: it was measured against the
 * others on the talent-search evaluation set (docs/evaluation/talent-search.md).
 */
public final class ResumeVectors {

	/** How block vectors become the resume's vector. */
	public enum Pooling {

		/** No blocks: the whole text in one model call (the model averages its 510-token windows). */
		WHOLE_TEXT,

		/** The mean of the block vectors, each weighted by its length in tokens. */
		LENGTH_MEAN,

		/**
		 * The mean of the block vectors, each weighted by its section (work, projects, skills and the summary count
		 * most; education, languages and hobbies least) and by the square root of its length.
		 */
		SECTION_WEIGHTED
	}

	/** The weight of a block of each kind under {@link Pooling#SECTION_WEIGHTED}. */
	static final Map<ResumeBlocks.Kind, Double> SECTION_WEIGHTS = Map.of(ResumeBlocks.Kind.HEADER, 1.0,
			ResumeBlocks.Kind.SUMMARY, 1.5, ResumeBlocks.Kind.EXPERIENCE, 1.5, ResumeBlocks.Kind.PROJECTS, 1.2,
			ResumeBlocks.Kind.SKILLS, 1.2, ResumeBlocks.Kind.EDUCATION, 0.4, ResumeBlocks.Kind.OTHER, 0.4);

	private final TextVectors vectors;

	private final Pooling pooling;

	public ResumeVectors(TextVectors vectors, Pooling pooling) {
		this.vectors = vectors;
		this.pooling = pooling;
	}

	/** The pooling in use in production. */
	public static ResumeVectors standard(TextVectors vectors) {
		return new ResumeVectors(vectors, Pooling.SECTION_WEIGHTED);
	}

	/** The unit vector of the resume {@code text} in the space of {@code language}. */
	public float[] vector(String text, TextLanguage language) {
		List<ResumeBlocks.Block> blocks = ResumeBlocks.of(text);
		if (pooling == Pooling.WHOLE_TEXT || blocks.size() <= 1) {
			return vectors.vector(text, language);
		}
		float[] sum = new float[vectors.dimension(language)];
		for (ResumeBlocks.Block block : blocks) {
			float[] vector = vectors.vector(block.text(), language);
			double weight = weight(block);
			for (int i = 0; i < sum.length; i++) {
				sum[i] += (float) (weight * vector[i]);
			}
		}
		return unit(sum);
	}

	private double weight(ResumeBlocks.Block block) {
		int tokens = Math.max(1, ResumeBlocks.tokens(block.text()));
		if (pooling == Pooling.LENGTH_MEAN) {
			return tokens;
		}
		return SECTION_WEIGHTS.get(block.kind()) * Math.sqrt(tokens);
	}

	static float[] unit(float[] vector) {
		double sum = 0;
		for (float value : vector) {
			sum += value * value;
		}
		if (sum == 0) {
			return vector;
		}
		float norm = (float) Math.sqrt(sum);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = vector[i] / norm;
		}
		return unit;
	}
}
