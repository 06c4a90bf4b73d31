package io.renloop.interview.internal.scoring;

import io.renloop.recruitment.matching.SharedEmbeddings;

/** One scorer and suggester per test JVM, on the shared embedding models. */
public final class Scorers {

	public static final ContentWords WORDS = new ContentWords(Synonyms.bundled());

	public static final RubricScorer SCORER = new RubricScorer(SharedEmbeddings.INSTANCE, WORDS);

	public static final KeyPointSuggester SUGGESTER = new KeyPointSuggester(WORDS);

	private Scorers() {
	}
}
