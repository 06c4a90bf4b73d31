package io.renloop.recruitment.internal.talentpool;

/**
 * How a talent-pool query ranks: which rankings take part, how they are fused, their weights and the boosts of the
 * resume's parts. {@link #STANDARD} holds the values tuned on the tuning half of the talent-search evaluation set
 * (docs/evaluation/talent-search.md); the other settings exist to measure against them.
 * @param keywordWeight weight of the BM25 ranking in the fusion, 0 to leave it out
 * @param vectorWeight weight of the vector ranking in the fusion, 0 to leave it out
 * @param rankConstant the k of reciprocal-rank fusion: larger values flatten the difference between ranks (not
 * used by {@link Fusion#SCORES})
 * @param titleBoost weight of a query's title and terms matched in the resume's titles and headline
 * @param skillsBoost weight of a query's skills matched in the resume's skills
 * @param recentBoost weight of a query's terms matched in the resume's most recent position
 * @param queryInstruction whether the query is embedded with the models' retrieval instruction ("Represent this
 * sentence for searching relevant passages: ", "为这个句子生成表示以用于检索相关文章："), which BGE models expect before
 * a query that is compared with passages
 * @param fusion whether ranks or normalised scores are fused
 * @param candidates how many hits each ranking contributes to the fusion, at least
 */
public record SearchSettings(double keywordWeight, double vectorWeight, int rankConstant, double titleBoost,
		double skillsBoost, double recentBoost, boolean queryInstruction, Fusion fusion, int candidates) {

	/**
	 * The settings searches use, tuned on the tuning half with the layout-following parser (ADR 0037): boosts first
	 * with BM25 alone, then the fusion. The vector ranking has a small weight with a sharp rank constant: it can lift
	 * a candidate a place or two near the cut of the top 5, never past a clearly better keyword hit.
	 */
	public static final SearchSettings STANDARD = new SearchSettings(1.0, 0.1, 1, 3.0, 2.0, 2.0, false, Fusion.RANKS,
			20);

	/** How the BM25 and the vector ranking are merged. */
	public enum Fusion {

		/** Weighted reciprocal rank: {@code w / (k + rank)} summed over the rankings ({@link ReciprocalRankFusion}). */
		RANKS,

		/**
		 * Weighted sum of scores scaled to [0, 1] within each list: BM25 divided by the list's best, cosine between
		 * the list's lowest and highest ({@link ScoreFusion}). Keeps how far apart two hits are, which ranks lose.
		 */
		SCORES
	}

	public SearchSettings {
		if (keywordWeight < 0 || vectorWeight < 0 || keywordWeight + vectorWeight == 0 || rankConstant < 0
				|| fusion == null || candidates < 1) {
			throw new IllegalArgumentException("Invalid search settings");
		}
	}

	/** BM25 alone, with the same field boosts. */
	public SearchSettings keywordsOnly() {
		return withFusion(1, 0, rankConstant);
	}

	/** Vector search alone. */
	public SearchSettings vectorsOnly() {
		return withFusion(0, 1, rankConstant);
	}

	/** These settings with other fusion weights. */
	public SearchSettings withFusion(double keywordWeight, double vectorWeight, int rankConstant) {
		return new SearchSettings(keywordWeight, vectorWeight, rankConstant, titleBoost, skillsBoost, recentBoost,
				queryInstruction, fusion, candidates);
	}

	/** These settings with another way of fusing and another number of candidates per ranking. */
	public SearchSettings withFusion(Fusion fusion, int candidates) {
		return new SearchSettings(keywordWeight, vectorWeight, rankConstant, titleBoost, skillsBoost, recentBoost,
				queryInstruction, fusion, candidates);
	}

	/** These settings with other boosts of the resume's parts. */
	public SearchSettings withBoosts(double titleBoost, double skillsBoost, double recentBoost) {
		return new SearchSettings(keywordWeight, vectorWeight, rankConstant, titleBoost, skillsBoost, recentBoost,
				queryInstruction, fusion, candidates);
	}

	/** These settings with or without the retrieval instruction before the query's embedding. */
	public SearchSettings withQueryInstruction(boolean instruction) {
		return new SearchSettings(keywordWeight, vectorWeight, rankConstant, titleBoost, skillsBoost, recentBoost,
				instruction, fusion, candidates);
	}
}
