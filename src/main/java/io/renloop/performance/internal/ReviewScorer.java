package io.renloop.performance.internal;

import io.renloop.performance.TemplateKind;
import io.renloop.performance.TemplateView;
import io.renloop.performance.internal.scoring.ReviewInputs;
import io.renloop.performance.internal.scoring.ReviewInputs.MetricValue;
import io.renloop.performance.internal.scoring.ReviewScoring;
import io.renloop.performance.internal.scoring.ReviewScoring.Competency;
import io.renloop.platform.formula.FormulaEngine;
import io.renloop.recruitment.CompetencyModels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts a cycle's scoring together: its template, the competency model of each position (read once per position
 * from recruitment, the same model interviews assess) and each review's metric values and scores.
 */
@Component
class ReviewScorer {

	private final FormulaEngine engine;

	private final CompetencyModels models;

	ReviewScorer(FormulaEngine engine, CompetencyModels models) {
		this.engine = engine;
		this.models = models;
	}

	/** Scorings of one template, one per position. */
	final class ForTemplate {

		private final TemplateView template;

		private final Map<UUID, ReviewScoring> byPosition = new HashMap<>();

		private final ReviewScoring withoutCompetencies;

		ForTemplate(TemplateView template) {
			this.template = template;
			this.withoutCompetencies = new ReviewScoring(engine, template, List.of());
		}

		ReviewScoring of(UUID positionId) {
			if (positionId == null || template.competencyWeight() == 0 || template.kind() == TemplateKind.OKR) {
				return withoutCompetencies;
			}
			return byPosition.computeIfAbsent(positionId,
					id -> new ReviewScoring(engine, template, competencies(id)));
		}
	}

	ForTemplate forTemplate(TemplateView template) {
		return new ForTemplate(template);
	}

	static ReviewInputs inputs(ReviewRow review, Map<String, MetricValue> metrics) {
		return new ReviewInputs(metrics, review.selfScores(), review.managerScores());
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
