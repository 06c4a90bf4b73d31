package io.renloop.interview.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement measures against values computed by hand. */
class AgreementTests {

	@Test
	void identicalLevelsHaveKappaOne() {
		assertThat(Agreement.quadraticWeightedKappa(List.of(1, 2, 3, 4, 5), List.of(1, 2, 3, 4, 5))).isEqualTo(1.0);
	}

	@Test
	void kappaMatchesAHandComputedTable() {
		// observed (1,1) (1,2) (2,2) (2,1); weights 0, 1/16, 0, 1/16 → disagreement 2/16;
		// margins a: 2×1, 2×2; b: 2×1, 2×2 → expected = (2·2·1/16 + 2·2·1/16) / 4 = 2/16 → kappa 0
		assertThat(Agreement.quadraticWeightedKappa(List.of(1, 1, 2, 2), List.of(1, 2, 2, 1))).isCloseTo(0.0, within(1e-12));
	}

	@Test
	void spearmanUsesAverageRanksForTies() {
		// ranks x: 1, 2.5, 2.5, 4; y: 1, 2, 3, 4 → Pearson of the ranks = 4.5 / sqrt(4.5 · 5) = 0.9487
		assertThat(Agreement.spearman(List.of(1.0, 2.0, 2.0, 3.0), List.of(10.0, 20.0, 30.0, 40.0))).isCloseTo(0.9487,
				within(1e-4));
	}
}
