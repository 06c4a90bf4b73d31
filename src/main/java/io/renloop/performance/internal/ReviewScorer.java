package io.renloop.performance.internal;

import io.renloop.performance.KpiItem;
import io.renloop.performance.ObjectiveView;
import io.renloop.performance.SaveObjective.ObjectiveOwner;
import io.renloop.performance.TemplateKind;
import io.renloop.performance.TemplateView;
import io.renloop.performance.internal.scoring.ReviewInputs;
import io.renloop.performance.internal.scoring.ReviewInputs.MetricValue;
import io.renloop.performance.internal.scoring.ReviewScoring;
import io.renloop.performance.internal.scoring.ReviewScoring.Competency;
import io.renloop.performance.internal.scoring.ScoredReview;
import io.renloop.platform.formula.FormulaEngine;
import io.renloop.recruitment.CompetencyModels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Scores reviews from what they read: the cycle's template, the competency model of each position (recruitment's,
 * the one interviews assess), the period's metric values (a department's for its members without their own) and, in
 * OKR cycles, the employee's objectives — each objective an item scored by its key results' progress.
 */
@Component
class ReviewScorer {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final FormulaEngine engine;

	private final CompetencyModels models;

	private final TemplateStore templates;

	private final MetricStore metrics;

	private final ObjectiveStore objectives;

	ReviewScorer(FormulaEngine engine, CompetencyModels models, TemplateStore templates, MetricStore metrics,
			ObjectiveStore objectives) {
		this.engine = engine;
		this.models = models;
		this.templates = templates;
		this.metrics = metrics;
		this.objectives = objectives;
	}

	/** A cycle's scoring with everything it reads loaded once: for scoring all its reviews. */
	CycleScoring forCycle(String tenantId, CycleRow cycle) {
		Map<UUID, TemplateView> used = new HashMap<>();
		used.put(cycle.templateId(), templates.byId(tenantId, cycle.templateId()).orElseThrow());
		cycle.rules().forEach(rule -> used.computeIfAbsent(rule.templateId(),
				id -> templates.byId(tenantId, id).orElseThrow()));
		Map<UUID, List<ObjectiveView>> okr = used.values().stream().noneMatch(t -> t.kind() == TemplateKind.OKR)
				? Map.of()
				: objectives.ofCycle(tenantId, cycle.id())
					.stream()
					.filter(o -> o.ownerKind() == ObjectiveOwner.EMPLOYEE)
					.collect(Collectors.groupingBy(ObjectiveView::ownerId));
		return new CycleScoring(used, cycle.templateId(), metrics.ofPeriod(tenantId, cycle.view().period()), okr);
	}

	/** One review, reading only its own data; explained when a label is given. */
	ScoredReview score(String tenantId, CycleRow cycle, ReviewRow review, Function<String, String> label) {
		TemplateView template = templates.byId(tenantId, templateOf(cycle.templateId(), review)).orElseThrow();
		List<ObjectiveView> own = template.kind() == TemplateKind.OKR
				? objectives.ofOwner(tenantId, cycle.id(), review.employeeId()) : List.of();
		Map<String, MetricValue> values = metrics.of(tenantId, cycle.view().period(), review.employeeId(),
				review.departmentId());
		return scoring(template, review.positionId(), own).score(inputs(review, values, own), label);
	}

	/** The template a review follows: its own when a rule of the cycle gave it one, else the cycle's. */
	private static UUID templateOf(UUID cycleTemplate, ReviewRow review) {
		return review.templateId() != null ? review.templateId() : cycleTemplate;
	}

	/** The scorings of one cycle, one per template and position (OKR reviews each their own). */
	final class CycleScoring {

		private final Map<UUID, TemplateView> templates;

		private final UUID cycleTemplate;

		private final Map<UUID, Map<String, MetricValue>> values;

		private final Map<UUID, List<ObjectiveView>> okr;

		private final Map<List<UUID>, ReviewScoring> byTemplateAndPosition = new HashMap<>();

		CycleScoring(Map<UUID, TemplateView> templates, UUID cycleTemplate, Map<UUID, Map<String, MetricValue>> values,
				Map<UUID, List<ObjectiveView>> okr) {
			this.templates = templates;
			this.cycleTemplate = cycleTemplate;
			this.values = values;
			this.okr = okr;
		}

		ScoredReview score(ReviewRow review) {
			Map<String, MetricValue> own = new HashMap<>(values.getOrDefault(review.departmentId(), Map.of()));
			own.putAll(values.getOrDefault(review.employeeId(), Map.of()));
			TemplateView template = templates.get(templateOf(cycleTemplate, review));
			if (template.kind() == TemplateKind.OKR) {
				List<ObjectiveView> objectives = okr.getOrDefault(review.employeeId(), List.of());
				return scoring(template, review.positionId(), objectives).score(inputs(review, own, objectives));
			}
			UUID position = review.positionId() == null ? new UUID(0, 0) : review.positionId();
			return byTemplateAndPosition
				.computeIfAbsent(List.of(template.id(), position), key -> scoring(template, review.positionId(),
						List.of()))
				.score(inputs(review, own, List.of()));
		}
	}

	private ReviewScoring scoring(TemplateView template, UUID positionId, List<ObjectiveView> objectives) {
		List<Competency> competencies = positionId == null || template.competencyWeight() == 0 ? List.of()
				: competencies(positionId);
		if (template.kind() != TemplateKind.OKR) {
			return new ReviewScoring(engine, template, competencies);
		}
		List<KpiItem> items = new ArrayList<>();
		for (int i = 0; i < objectives.size(); i++) {
			items.add(new KpiItem(okrCode(i), objectives.get(i).title(),
					HUNDRED.divide(BigDecimal.valueOf(objectives.size()), 4, RoundingMode.HALF_UP), okrMetric(i),
					BigDecimal.ZERO, HUNDRED, HUNDRED, null, false));
		}
		return new ReviewScoring(engine, new TemplateView(template.id(), template.code(), template.name(),
				template.kind(), template.competencyWeight(), items, template.updatedAt()), competencies);
	}

	private static ReviewInputs inputs(ReviewRow review, Map<String, MetricValue> metrics,
			List<ObjectiveView> objectives) {
		Map<String, MetricValue> all = new HashMap<>(metrics);
		for (int i = 0; i < objectives.size(); i++) {
			all.put(okrMetric(i), new MetricValue(objectives.get(i).progress(), "OKR"));
		}
		return new ReviewInputs(all, review.selfScores(), review.managerScores());
	}

	private static String okrCode(int index) {
		return "O" + (index + 1);
	}

	private static String okrMetric(int index) {
		return "OKR_PROGRESS_" + (index + 1);
	}

	/** The names of the position's competencies, in the model's order; empty without a model. */
	List<String> competencyNames(UUID positionId) {
		return positionId == null ? List.of() : competencies(positionId).stream().map(Competency::name).toList();
	}

	private List<Competency> competencies(UUID positionId) {
		return models.find(positionId)
			.map(view -> view.model()
				.dimensions()
				.stream()
				.map(d -> new Competency(d.name(), d.weight()))
				.toList())
			.orElse(List.of());
	}
}
