package io.renloop.recruitment.internal.talentpool;

/**
 * How a talent-pool query ranks: which rankings take part, their weights in the fusion and the boosts of the
 * resume's parts. {@link #STANDARD} holds the values tuned on the tuning half of the talent-search evaluation set
 * (docs/evaluation/talent-search.md); the other settings exist to measure against them.
 * @param keywordWeight weight of the BM25 ranking in the fusion, 0 to leave it out
 * @param vectorWeight weight of the vector ranking in the fusion, 0 to leave it out
 * @param rankConstant the k of reciprocal-rank fusion: larger values flatten the difference between ranks
 * @param titleBoost weight of a query's title and terms matched in the resume's titles and headline
 * @param skillsBoost weight of a query's skills matched in the resume's skills
 * @param recentBoost weight of a query's terms matched in the resume's most recent position
 * @param queryInstruction whether the query is embedded with the models' retrieval instruction ("Represent this
 * sentence for searching relevant passages: ", "为这个句子生成表示以用于检索相关文章："), which BGE models expect before
 * a query that is compared with passages
 */
public record SearchSettings(double keywordWeight, double vectorWeight, int rankConstant, double titleBoost,
		double skillsBoost, double recentBoost, boolean queryInstruction) {

	/** The settings searches use. */
	public static final SearchSettings STANDARD = new SearchSettings(1.0, 0.25, 5, 1.0, 2.0, 3.0, false);

	public SearchSettings {
		if (keywordWeight < 0 || vectorWeight < 0 || keywordWeight + vectorWeight == 0 || rankConstant < 0) {
			throw new IllegalArgumentException("Invalid search settings");
		}
	}

	/** BM25 alone, with the same field boosts. */
	public SearchSettings keywordsOnly() {
		return new SearchSettings(1, 0, rankConstant, titleBoost, skillsBoost, recentBoost, queryInstruction);
	}

	/** Vector search alone. */
	public SearchSettings vectorsOnly() {
		return new SearchSettings(0, 1, rankConstant, titleBoost, skillsBoost, recentBoost, queryInstruction);
	}

	/** These settings with other fusion weights. */
	public SearchSettings withFusion(double keywordWeight, double vectorWeight, int rankConstant) {
		return new SearchSettings(keywordWeight, vectorWeight, rankConstant, titleBoost, skillsBoost, recentBoost,
				queryInstruction);
	}

	/** These settings with other boosts of the resume's parts. */
	public SearchSettings withBoosts(double titleBoost, double skillsBoost, double recentBoost) {
		return new SearchSettings(keywordWeight, vectorWeight, rankConstant, titleBoost, skillsBoost, recentBoost,
				queryInstruction);
	}

	/** These settings with or without the retrieval instruction before the query's embedding. */
	public SearchSettings withQueryInstruction(boolean instruction) {
		return new SearchSettings(keywordWeight, vectorWeight, rankConstant, titleBoost, skillsBoost, recentBoost,
				instruction);
	}
}
