package io.renloop.interview.internal.scoring;

import java.util.List;

/**
 * What is measured of an answer to a knowledge question ({@link RubricScorer#knowledgeFeatures}), to learn and check
 * how these signals agree with human graders on questions left out of the fit.
 *
 * @param coverage 0–1, the key points' weighted credit by meaning (the scorer's coverage)
 * @param termRecall 0–1, the share of the key points' content words the answer uses
 * @param referenceSimilarity cosine of the answer's and the reference answer's embeddings
 * @param referenceRecall 0–1, the share of the reference answer's content words the answer uses
 * @param referencePrecision 0–1, the share of the answer's content words that the reference answer uses
 * @param lengthRatio log of the answer's distinct content words over the reference's (each plus one), within [-3, 1]
 */
public record KnowledgeFeatures(double coverage, double termRecall, double referenceSimilarity,
		double referenceRecall, double referencePrecision, double lengthRatio) {

	/** The features' names, in the order of {@link #values()}. */
	public static final List<String> NAMES = List.of("coverage", "termRecall", "referenceSimilarity",
			"referenceRecall", "referencePrecision", "lengthRatio");

	/** The features in the order of {@link #NAMES}. */
	public double[] values() {
		return new double[] { coverage, termRecall, referenceSimilarity, referenceRecall, referencePrecision,
				lengthRatio };
	}
}
