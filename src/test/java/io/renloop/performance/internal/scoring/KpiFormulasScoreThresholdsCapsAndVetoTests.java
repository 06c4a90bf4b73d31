package io.renloop.performance.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.performance.ItemScore;
import io.renloop.performance.KpiItem;
import io.renloop.performance.TemplateKind;
import io.renloop.performance.TemplateView;
import io.renloop.performance.internal.scoring.ReviewInputs.MetricValue;
import io.renloop.performance.internal.scoring.ReviewScoring.Competency;
import io.renloop.platform.formula.FormulaEngine;
import io.renloop.platform.formula.FormulaException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * KPI items score by their formulas in decimals: linear between threshold and target, capped; a veto item at zero
 * zeroes the review; items without data take the manager's score; competencies carry their share.
 */
class KpiFormulasScoreThresholdsCapsAndVetoTests {

	static final FormulaEngine ENGINE = new FormulaEngine();

	static final KpiItem OUTPUT = new KpiItem("OUTPUT", "原煤产量", new BigDecimal("70"), "COAL_OUTPUT",
			new BigDecimal("800"), new BigDecimal("1200"), null, null, false);

	static final KpiItem QUALITY = new KpiItem("QUALITY", "工作质量", new BigDecimal("30"), null, null, null, null, null,
			false);

	static final KpiItem SAFETY = new KpiItem("SAFETY", "安全事故", BigDecimal.ZERO, "SAFETY_INCIDENTS", null,
			BigDecimal.ZERO, null, null, true);

	static TemplateView template(int competencyWeight, KpiItem... items) {
		return new TemplateView(UUID.randomUUID(), "T", "T", TemplateKind.KPI, competencyWeight, List.of(items),
				Instant.EPOCH);
	}

	static ReviewInputs inputs(Map<String, String> metrics, Map<String, String> manager) {
		return new ReviewInputs(
				metrics.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
						e -> new MetricValue(new BigDecimal(e.getValue()), "MES 2026-Q3"))),
				Map.of(), manager.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
						e -> new BigDecimal(e.getValue()))));
	}

	static BigDecimal itemScore(String metricValue) {
		ReviewScoring scoring = new ReviewScoring(ENGINE, template(0, OUTPUT), List.of());
		return scoring.score(inputs(Map.of("COAL_OUTPUT", metricValue), Map.of())).total();
	}

	@Test
	void theThresholdScoresZeroTheTargetAHundredAndBetweenIsLinear() {
		assertThat(itemScore("800")).isEqualByComparingTo("0");
		assertThat(itemScore("1200")).isEqualByComparingTo("100");
		assertThat(itemScore("1100")).isEqualByComparingTo("75.00");
		assertThat(itemScore("1000.4")).isEqualByComparingTo("50.10");
	}

	@Test
	void belowTheThresholdIsZeroAndAboveTheTargetStopsAtTheCap() {
		assertThat(itemScore("500")).isEqualByComparingTo("0");
		assertThat(itemScore("1260")).isEqualByComparingTo("115.00");
		assertThat(itemScore("5000")).isEqualByComparingTo("120");
	}

	@Test
	void aVetoItemAtZeroZeroesTheWholeReview() {
		ReviewScoring scoring = new ReviewScoring(ENGINE, template(0, OUTPUT, QUALITY, SAFETY), List.of());
		ScoredReview safe = scoring.score(inputs(Map.of("COAL_OUTPUT", "1200", "SAFETY_INCIDENTS", "0"),
				Map.of("QUALITY", "80")));
		assertThat(safe.total()).isEqualByComparingTo("94.00");
		assertThat(safe.vetoed()).isFalse();
		ScoredReview incident = scoring.score(inputs(Map.of("COAL_OUTPUT", "1200", "SAFETY_INCIDENTS", "1"),
				Map.of("QUALITY", "80")));
		assertThat(incident.total()).isEqualByComparingTo("0");
		assertThat(incident.vetoed()).isTrue();
	}

	@Test
	void anItemWithoutDataTakesTheManagersScoreAndIsMissingWithoutOne() {
		ReviewScoring scoring = new ReviewScoring(ENGINE, template(0, OUTPUT, QUALITY), List.of());
		ScoredReview open = scoring.score(inputs(Map.of(), Map.of("QUALITY", "90")));
		assertThat(open.total()).isNull();
		assertThat(open.missing()).containsExactly("OUTPUT");
		ScoredReview judged = scoring.score(inputs(Map.of(), Map.of("QUALITY", "90", "OUTPUT", "60")));
		assertThat(judged.total()).isEqualByComparingTo("69.00");
		assertThat(judged.items().get(0).source()).isEqualTo("MANAGER");
	}

	@Test
	void competenciesCarryTheTemplatesShareWeightedByTheModel() {
		ReviewScoring scoring = new ReviewScoring(ENGINE, template(40, OUTPUT),
				List.of(new Competency("安全意识", new BigDecimal("0.75")), new Competency("沟通", new BigDecimal("0.25"))));
		ScoredReview review = scoring.score(inputs(Map.of("COAL_OUTPUT", "1100"),
				Map.of("C:安全意识", "80", "C:沟通", "40")));
		// KPI 75 × 60 % + (80 × 0.75 + 40 × 0.25) × 40 % = 45 + 28 = 73
		assertThat(review.total()).isEqualByComparingTo("73.00");
		assertThat(review.items()).extracting(ItemScore::weight)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("60"), new BigDecimal("30"), new BigDecimal("10"));
	}

	@Test
	void theExplanationShowsTheFormulaWithItsValues() {
		ReviewScoring scoring = new ReviewScoring(ENGINE, template(0, OUTPUT), List.of());
		ItemScore item = scoring.score(inputs(Map.of("COAL_OUTPUT", "1100"), Map.of()), name -> name).items().get(0);
		assertThat(item.explanation()).contains("1,100.00").contains("800.00").contains("1,200.00").endsWith("= 75.00");
		assertThat(item.source()).isEqualTo("MES 2026-Q3");
	}

	@Test
	void aTenantsFormulaRunsInTheSandbox() {
		KpiItem escape = new KpiItem("X", "X", new BigDecimal("100"), "M", BigDecimal.ZERO, BigDecimal.ONE, null,
				"Class.forName('java.lang.Runtime')", false);
		assertThatThrownBy(() -> new ReviewScoring(ENGINE, template(0, escape), List.of()))
			.isInstanceOf(FormulaException.class);
	}
}
