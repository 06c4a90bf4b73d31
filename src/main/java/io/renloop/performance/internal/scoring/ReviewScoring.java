package io.renloop.performance.internal.scoring;

import io.renloop.performance.ItemScore;
import io.renloop.performance.KpiItem;
import io.renloop.performance.TemplateView;
import io.renloop.performance.internal.scoring.ReviewInputs.MetricValue;
import io.renloop.platform.formula.CompiledFormula;
import io.renloop.platform.formula.FormulaEngine;
import io.renloop.platform.formula.FormulaExplanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores the reviews of one template: KPI items by their formulas over the imported metric values (or by the
 * manager where an item has no metric), competencies by the manager, the total as the weighted mean of both parts,
 * and zero when a veto item scores zero. Formulas are compiled once per template and run in the platform's sandbox.
 */
public final class ReviewScoring {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	/** Prefix of the key under which a competency's scores are kept. */
	public static final String COMPETENCY_KEY = "C:";

	private final TemplateView template;

	private final List<Competency> competencies;

	private final Map<String, CompiledFormula> formulas = new HashMap<>();

	/**
	 * @param competencies the position's competency dimensions with their weights (adding up to 1), possibly empty
	 */
	public ReviewScoring(FormulaEngine engine, TemplateView template, List<Competency> competencies) {
		this.template = template;
		this.competencies = List.copyOf(competencies);
		for (KpiItem item : template.items()) {
			if (item.metric() != null) {
				formulas.put(item.code(), engine.compile(item.effectiveFormula()));
			}
		}
	}

	/** A competency dimension and its weight in the model. */
	public record Competency(String name, BigDecimal weight) {
	}

	/** Scores without explanations: for bulk runs. */
	public ScoredReview score(ReviewInputs inputs) {
		return score(inputs, null);
	}

	/**
	 * Scores and explains.
	 * @param label a variable's label in the reader's language, or null for no explanations
	 */
	public ScoredReview score(ReviewInputs inputs, Function<String, String> label) {
		List<ItemScore> items = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		BigDecimal kpiShare = kpiShare();
		BigDecimal competencyShare = HUNDRED.subtract(kpiShare);
		BigDecimal kpiWeights = template.items()
			.stream()
			.filter(i -> !i.veto())
			.map(KpiItem::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal total = BigDecimal.ZERO;
		boolean vetoed = false;
		for (KpiItem item : template.items()) {
			BigDecimal weight = item.veto() || kpiWeights.signum() == 0 ? BigDecimal.ZERO
					: item.weight().multiply(kpiShare).divide(kpiWeights, 4, RoundingMode.HALF_UP);
			ItemScore scored = kpi(item, weight, inputs, label);
			items.add(scored);
			if (scored.score() == null) {
				missing.add(item.code());
				continue;
			}
			vetoed |= item.veto() && scored.score().signum() == 0;
			total = total.add(scored.score().multiply(weight));
		}
		BigDecimal modelWeights = competencies.stream().map(Competency::weight).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		for (Competency competency : competencies) {
			BigDecimal weight = modelWeights.signum() == 0 || competencyShare.signum() == 0 ? BigDecimal.ZERO
					: competency.weight().multiply(competencyShare).divide(modelWeights, 4, RoundingMode.HALF_UP);
			String key = COMPETENCY_KEY + competency.name();
			BigDecimal score = inputs.managerScores().get(key);
			items.add(new ItemScore("COMPETENCY", competency.name(), competency.name(), weight, null, "MANAGER",
					inputs.selfScores().get(key), score, score, null, false));
			if (score == null) {
				missing.add(key);
			}
			else {
				total = total.add(score.multiply(weight));
			}
		}
		// a veto zeroes the review whatever else is still missing
		BigDecimal result = vetoed ? BigDecimal.ZERO.setScale(2)
				: missing.isEmpty() ? total.divide(HUNDRED, 2, RoundingMode.HALF_UP) : null;
		return new ScoredReview(result, vetoed, items, missing);
	}

	/** The share of the total that the KPI items carry: all of it unless competencies are part of the template. */
	private BigDecimal kpiShare() {
		if (competencies.isEmpty() || template.competencyWeight() == 0) {
			return HUNDRED;
		}
		if (template.items().stream().allMatch(KpiItem::veto)) {
			return BigDecimal.ZERO;
		}
		return HUNDRED.subtract(BigDecimal.valueOf(template.competencyWeight()));
	}

	private ItemScore kpi(KpiItem item, BigDecimal weight, ReviewInputs inputs, Function<String, String> label) {
		BigDecimal self = inputs.selfScores().get(item.code());
		BigDecimal manager = inputs.managerScores().get(item.code());
		MetricValue metric = item.metric() == null ? null : inputs.metrics().get(item.metric());
		if (metric == null) {
			// without data the manager's judgement scores the item (and says so as its source)
			return new ItemScore("KPI", item.code(), item.name(), weight, null, "MANAGER", self, manager,
					manager == null ? null : manager.min(item.effectiveCap()), null, item.veto());
		}
		Map<String, Object> values = new HashMap<>();
		values.put("value", metric.value());
		values.put("threshold", item.threshold() == null ? BigDecimal.ZERO : item.threshold());
		values.put("target", item.target() == null ? BigDecimal.ZERO : item.target());
		values.put("cap", item.effectiveCap());
		CompiledFormula formula = formulas.get(item.code());
		BigDecimal score = formula.evaluate(values).max(BigDecimal.ZERO).min(item.effectiveCap());
		String explanation = label == null ? null
				: FormulaExplanation.render(formula.source(), values, label, score);
		return new ItemScore("KPI", item.code(), item.name(), weight, metric.value(), metric.source(), self, manager,
				score, explanation, item.veto());
	}
}
