package io.renloop.recruitment.internal.talentpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFusionScalesEachListBeforeSummingTests {

	@Test
	void bm25ScoresAreDividedByTheBestAndCosinesSpreadOverTheirRange() {
		// BM25: a 12, b 6 → 1, 0.5; cosines: b 0.75, c 0.5, a 0.25 → 1, 0.5, 0
		List<RankedCandidate> fused = ScoreFusion.fuse(
				List.of(new ScoreFusion.Scored(1, List.of("a", "b"), List.of(12.0, 6.0), true),
						new ScoreFusion.Scored(0.5, List.of("b", "c", "a"), List.of(0.75, 0.5, 0.25), false)),
				10);
		assertThat(fused).extracting(RankedCandidate::candidateId).containsExactly("a", "b", "c");
		assertThat(fused).extracting(RankedCandidate::score).containsExactly(1.0, 1.0, 0.25);
	}

	@Test
	void aHitMissingFromOneListGetsNothingFromItAndTiesAreBrokenById() {
		List<RankedCandidate> fused = ScoreFusion.fuse(
				List.of(new ScoreFusion.Scored(1, List.of("y", "x"), List.of(4.0, 4.0), true),
						new ScoreFusion.Scored(0, List.of("z"), List.of(0.9), false)),
				1);
		assertThat(fused).containsExactly(new RankedCandidate("x", 1.0));
	}
}
