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

	/** Measured 0.900 on held-out postings; the margin absorbs small changes of the parser or the models. */
	static final double MIN_PRECISION_AT_5 = 0.88;

	/** Measured 0.726. */
	static final double MIN_NDCG_AT_10 = 0.70;

	/**
	 * How far the hybrid may trail BM25 with the boosts in use. Tuned on the tuning half (where the hybrid ties it at
	 * 0.912 P@5), the hybrid measures 0.900 P@5 / 0.726 nDCG@10 on held-out postings against 0.908 / 0.728 for
	 * boosted BM25: two resumes in 250 behind, so the goal of never falling below the better BM25 is not met on this
	 * set, and this bound only keeps the gap from growing. Against plain BM25 (0.892 / 0.717) no gap is allowed.
	 */
	static final double MAX_GAP_TO_BOOSTED_BM25 = 0.01;

	/** BM25 over the whole resume with every field weighted alike: the baseline the issue names. */
	static final SearchSettings PLAIN_BM25 = SearchSettings.STANDARD.withBoosts(1.0, 1.0, 1.0).keywordsOnly();

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
	void hybridSearchDoesNotFallBehindPlainBm25OnHeldOutPostings() {
		List<Posting> heldOut = evaluation.postings(true);
		Metrics hybrid = evaluation.measure(heldOut, Pooling.SECTION_WEIGHTED, SearchSettings.STANDARD);
		Metrics plain = evaluation.measure(heldOut, Pooling.SECTION_WEIGHTED, PLAIN_BM25);
		Metrics boosted = evaluation.measure(heldOut, Pooling.SECTION_WEIGHTED, SearchSettings.STANDARD.keywordsOnly());
		System.out.printf("held-out P@5 / nDCG@10: hybrid %.3f / %.3f, plain BM25 %.3f / %.3f, boosted BM25 %.3f / %.3f%n",
				hybrid.precisionAt5(), hybrid.ndcgAt10(), plain.precisionAt5(), plain.ndcgAt10(), boosted.precisionAt5(),
				boosted.ndcgAt10());
		assertThat(hybrid.precisionAt5()).isGreaterThanOrEqualTo(plain.precisionAt5());
		assertThat(hybrid.ndcgAt10()).isGreaterThanOrEqualTo(plain.ndcgAt10());
		assertThat(hybrid.precisionAt5()).isGreaterThanOrEqualTo(boosted.precisionAt5() - MAX_GAP_TO_BOOSTED_BM25);
		assertThat(hybrid.ndcgAt10()).isGreaterThanOrEqualTo(boosted.ndcgAt10() - MAX_GAP_TO_BOOSTED_BM25);
	}
}
