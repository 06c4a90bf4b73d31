package io.renloop.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Spearman's ρ with average ranks for ties and the Fisher-z interval with Fieller's standard error, against examples
 * worked by hand.
 */
class RankCorrelationMatchesHandComputedSpearmanTests {

	private static final Offset<Double> CLOSE = within(1e-6);

	/**
	 * Five hires, no ties. Interview scores 60, 70, 75, 80, 90 have ranks 1..5; performance scores 72, 65, 88, 80, 91
	 * have ranks 2, 1, 4, 3, 5. Rank differences d = −1, 1, −1, 1, 0, so Σd² = 4 and
	 * ρ = 1 − 6·4 / (5·(25 − 1)) = 1 − 24/120 = 0.8.
	 * Interval: z = atanh(0.8) = ½·ln(1.8/0.2) = ½·ln 9 = 1.0986123; se = 1.06/√(5 − 3) = 0.7495332;
	 * half-width = 1.959964 · 0.7495332 = 1.4690581; z ∓ half-width = −0.3704458 and 2.5676704;
	 * tanh gives −0.3543816 and 0.9882988.
	 */
	@Test
	void fivePairsWithoutTies() {
		RankCorrelation.Estimate estimate = RankCorrelation.of(new double[] { 60, 70, 75, 80, 90 },
				new double[] { 72, 65, 88, 80, 91 });

		assertThat(estimate.n()).isEqualTo(5);
		assertThat(estimate.rho()).isCloseTo(0.8, CLOSE);
		assertThat(estimate.low()).isCloseTo(-0.3543816, CLOSE);
		assertThat(estimate.high()).isCloseTo(0.9882988, CLOSE);
	}

	/**
	 * Tied scores share the average of their ranks: 50, 70, 70, 90 rank 1, 2.5, 2.5, 4; 60, 85, 75, 95 rank 1, 3, 2, 4.
	 * Both rank means are 2.5; deviations −1.5, 0, 0, 1.5 and −1.5, 0.5, −0.5, 1.5; Σ products = 2.25 + 0 + 0 + 2.25
	 * = 4.5, Σ squares 4.5 and 5, so ρ = 4.5 / √(4.5·5) = 4.5 / √22.5 = 0.9486833.
	 */
	@Test
	void tiesGetAverageRanks() {
		assertThat(RankCorrelation.ranks(new double[] { 70, 50, 90, 70 })).containsExactly(2.5, 1, 4, 2.5);

		RankCorrelation.Estimate estimate = RankCorrelation.of(new double[] { 50, 70, 70, 90 },
				new double[] { 60, 85, 75, 95 });

		assertThat(estimate.rho()).isCloseTo(0.9486833, CLOSE);
	}

	@Test
	void anOppositeOrderIsMinusOneWithAnIntervalPinnedAtMinusOne() {
		RankCorrelation.Estimate estimate = RankCorrelation.of(new double[] { 1, 2, 3, 4, 5, 6 },
				new double[] { 60, 50, 40, 30, 20, 10 });

		assertThat(estimate.rho()).isEqualTo(-1.0);
		assertThat(estimate.low()).isEqualTo(-1.0);
		assertThat(estimate.high()).isEqualTo(-1.0);
	}

	/** Fisher's z needs n > 3: with three pairs the coefficient exists (here 0.5), the interval does not. */
	@Test
	void threePairsHaveACoefficientButNoInterval() {
		// ranks 1, 2, 3 and 1, 3, 2: Σd² = 0 + 1 + 1 = 2, ρ = 1 − 6·2/(3·8) = 0.5
		RankCorrelation.Estimate estimate = RankCorrelation.of(new double[] { 1, 2, 3 }, new double[] { 10, 30, 20 });

		assertThat(estimate.rho()).isCloseTo(0.5, CLOSE);
		assertThat(estimate.low()).isNull();
		assertThat(estimate.high()).isNull();
	}

	@Test
	void fewerThanTwoPairsOrNoSpreadHaveNoCoefficient() {
		assertThat(RankCorrelation.of(new double[0], new double[0])).isEqualTo(new RankCorrelation.Estimate(0, null, null, null));
		assertThat(RankCorrelation.of(new double[] { 1 }, new double[] { 2 }).rho()).isNull();
		RankCorrelation.Estimate constant = RankCorrelation.of(new double[] { 80, 80, 80, 80, 80 },
				new double[] { 1, 2, 3, 4, 5 });
		assertThat(constant.n()).isEqualTo(5);
		assertThat(constant.rho()).isNull();
		assertThat(constant.low()).isNull();
	}

	@Test
	void unpairedObservationsAreRefused() {
		assertThatThrownBy(() -> RankCorrelation.of(new double[] { 1, 2 }, new double[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
