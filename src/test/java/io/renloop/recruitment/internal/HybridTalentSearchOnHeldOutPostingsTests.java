package io.renloop.recruitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.TalentSearchCorpus.Posting;
import io.renloop.recruitment.internal.TalentSearchCorpus.Resume;
import io.renloop.recruitment.internal.TalentSearchEvaluation.Metrics;
import io.renloop.recruitment.internal.matching.ResumeVectors.Pooling;
import io.renloop.recruitment.internal.talentpool.SearchSettings;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The talent search's quality on the held-out postings of the evaluation set, as measured in
 * docs/evaluation/talent-search.md: a change that lowers it below a margin under the measured figures, or below
 * BM25 alone, fails the build.
 */
class HybridTalentSearchOnHeldOutPostingsTests {

	/** Measured 0.864 on held-out postings; the margin absorbs small changes of the parser or the models. */
	static final double MIN_PRECISION_AT_5 = 0.84;

	/** Measured 0.669. */
	static final double MIN_NDCG_AT_10 = 0.65;

	/**
	 * How far the hybrid may trail BM25 alone: measured 0.004 below it in P@5 (one resume in 250) and 0.010 in
	 * nDCG@10 on held-out postings — the goal "never below BM25" is not met yet on this set, and this bound keeps
	 * the gap from growing.
	 */
	static final double MAX_GAP_TO_BM25 = 0.015;

	private static TalentSearchEvaluation evaluation;

	@BeforeAll
	static void build() {
		evaluation = new TalentSearchEvaluation();
	}

	@AfterAll
	static void close() {
		evaluation.close();
	}

	@Test
	void theSetHasTwoHundredResumesOfTwentyCategoriesInBothLanguagesAndTwentyHeldOutPostings() {
		List<Resume> resumes = evaluation.resumes();
		assertThat(resumes).hasSizeGreaterThanOrEqualTo(200);
		assertThat(resumes.stream().map(Resume::category).distinct().count()).isGreaterThanOrEqualTo(20);
		assertThat(resumes.stream().collect(Collectors.partitioningBy(Resume::chinese, Collectors.counting())))
			.allSatisfy((chinese, count) -> assertThat(count).isGreaterThanOrEqualTo(100));
		List<Posting> heldOut = evaluation.postings(true);
		assertThat(heldOut).hasSizeGreaterThanOrEqualTo(20);
		assertThat(heldOut).extracting(Posting::chinese).contains(true, false);
		assertThat(evaluation.postings(false)).extracting(Posting::text).doesNotContainAnyElementsOf(
				heldOut.stream().map(Posting::text).toList());
	}

	@Test
	void hybridSearchFindsRelevantResumesForHeldOutPostings() {
		Metrics hybrid = evaluation.measure(evaluation.postings(true), Pooling.SECTION_WEIGHTED, SearchSettings.STANDARD);
		assertThat(hybrid.precisionAt5()).isGreaterThanOrEqualTo(MIN_PRECISION_AT_5);
		assertThat(hybrid.ndcgAt10()).isGreaterThanOrEqualTo(MIN_NDCG_AT_10);
	}

	@Test
	void hybridSearchDoesNotFallBehindBm25AloneOnHeldOutPostings() {
		List<Posting> heldOut = evaluation.postings(true);
		Metrics hybrid = evaluation.measure(heldOut, Pooling.SECTION_WEIGHTED, SearchSettings.STANDARD);
		Metrics keywords = evaluation.measure(heldOut, Pooling.SECTION_WEIGHTED, SearchSettings.STANDARD.keywordsOnly());
		assertThat(hybrid.precisionAt5()).isGreaterThanOrEqualTo(keywords.precisionAt5() - MAX_GAP_TO_BM25);
		assertThat(hybrid.ndcgAt10()).isGreaterThanOrEqualTo(keywords.ndcgAt10() - MAX_GAP_TO_BM25);
	}
}
