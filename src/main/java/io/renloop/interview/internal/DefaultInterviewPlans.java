package io.renloop.interview.internal;

import io.renloop.interview.InterviewPlanDefinition;
import io.renloop.interview.InterviewPlanDefinition.DimensionWeight;
import io.renloop.interview.InterviewPlanDefinition.PlannedQuestion;
import io.renloop.interview.InterviewPlanView;
import io.renloop.interview.InterviewPlans;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.NotFoundException;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class DefaultInterviewPlans implements InterviewPlans {

	static final String ENTITY = "InterviewPlan";

	private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	private final InterviewPlanRepository plans;

	private final QuestionBank bank;

	private final Requisitions requisitions;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	DefaultInterviewPlans(InterviewPlanRepository plans, QuestionBank bank, Requisitions requisitions,
			AuditTrail audit, JsonMapper json, Clock clock) {
		this.plans = plans;
		this.bank = bank;
		this.requisitions = requisitions;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public InterviewPlanView get(UUID requisitionId) {
		requisitions.get(requisitionId);
		return view(plans.findByRequisitionId(requisitionId)
			.orElseThrow(() -> new NotFoundException(ENTITY, requisitionId)));
	}

	@Override
	@Transactional
	public InterviewPlanView put(UUID requisitionId, InterviewPlanDefinition definition) {
		RequisitionView requisition = requisitions.get(requisitionId);
		List<PlannedQuestion> ordered = numbered(definition.questions());
		Map<UUID, QuestionView> questions = checkedQuestions(definition.questions());
		List<DimensionWeight> weights = definition.dimensionWeights() == null
				? defaultWeights(requisition.competencyModel(), questions.values())
				: definition.dimensionWeights();
		checkWeights(weights, questions.values(), definition.dimensionWeights() == null);
		InterviewPlan plan = plans.findByRequisitionId(requisitionId).orElse(null);
		InterviewPlanView before = plan == null ? null : view(plan);
		if (plan == null) {
			plan = new InterviewPlan(requisitionId, clock.instant());
		}
		plan.replace(json.writeValueAsString(ordered), json.writeValueAsString(weights), definition.passThreshold(),
				definition.timeLimitMinutes(), clock.instant());
		InterviewPlanView after = view(plans.save(plan));
		audit.recordChange(before == null ? "CREATE" : "UPDATE", ENTITY, requisitionId, before, after);
		return after;
	}

	/** The questions sorted by their order and numbered 1, 2, 3… */
	private static List<PlannedQuestion> numbered(List<PlannedQuestion> questions) {
		List<PlannedQuestion> sorted = questions.stream().sorted(Comparator.comparing(PlannedQuestion::order)).toList();
		return IntStream.range(0, sorted.size())
			.mapToObj(i -> new PlannedQuestion(sorted.get(i).questionId(), i + 1))
			.toList();
	}

	private Map<UUID, QuestionView> checkedQuestions(List<PlannedQuestion> planned) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<UUID, QuestionView> found = new java.util.LinkedHashMap<>();
		for (int i = 0; i < planned.size(); i++) {
			UUID id = planned.get(i).questionId();
			String field = "questions[" + i + "].questionId";
			if (found.containsKey(id)) {
				problems.add(new FieldProblem(field, "interview.plan.questionTwice", id));
				continue;
			}
			try {
				QuestionView question = bank.get(id);
				if (question.archived()) {
					problems.add(new FieldProblem(field, "interview.plan.questionArchived", id));
				}
				found.put(id, question);
			}
			catch (NotFoundException ex) {
				problems.add(new FieldProblem(field, "interview.plan.questionUnknown", id));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		return found;
	}

	/** The competency model's weights, or equal shares of the questions' dimensions without a model. */
	private static List<DimensionWeight> defaultWeights(CompetencyModel model, java.util.Collection<QuestionView> questions) {
		if (model != null && !model.dimensions().isEmpty()) {
			return model.dimensions().stream().map(d -> new DimensionWeight(d.name(), d.weight())).toList();
		}
		Set<String> dimensions = new LinkedHashSet<>();
		questions.forEach(q -> dimensions.add(q.dimension()));
		BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(dimensions.size()), 4, RoundingMode.HALF_EVEN);
		return dimensions.stream().map(d -> new DimensionWeight(d, share)).toList();
	}

	private static void checkWeights(List<DimensionWeight> weights, java.util.Collection<QuestionView> questions,
			boolean defaulted) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < weights.size(); i++) {
			DimensionWeight weight = weights.get(i);
			if (!seen.add(weight.dimension().strip())) {
				problems.add(new FieldProblem("dimensionWeights[" + i + "].dimension", "interview.plan.dimensionTwice",
						weight.dimension()));
			}
			sum = sum.add(weight.weight());
		}
		if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
			problems.add(new FieldProblem("dimensionWeights", "interview.plan.weightsSum", sum.stripTrailingZeros().toPlainString()));
		}
		Set<String> unweighted = new LinkedHashSet<>();
		questions.stream().map(QuestionView::dimension).filter(d -> !seen.contains(d)).forEach(unweighted::add);
		if (!unweighted.isEmpty()) {
			problems.add(new FieldProblem("dimensionWeights",
					defaulted ? "interview.plan.modelLacksDimension" : "interview.plan.dimensionUnweighted",
					String.join(", ", unweighted)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	InterviewPlanView view(InterviewPlan plan) {
		return new InterviewPlanView(plan.requisitionId(), json.readValue(plan.questions(), new TypeReference<List<PlannedQuestion>>() {
		}), weights(plan.dimensionWeights()), plan.passThreshold(), plan.timeLimitMinutes(), plan.updatedAt());
	}

	List<DimensionWeight> weights(String document) {
		return json.readValue(document, new TypeReference<List<DimensionWeight>>() {
		});
	}
}
