package io.renloop.interview.internal;

import io.renloop.interview.AssessmentView;
import io.renloop.interview.Assessments;
import io.renloop.interview.DecisionCommand;
import io.renloop.interview.DecisionCommand.Outcome;
import io.renloop.interview.HiringDecisionView;
import io.renloop.interview.HiringDecisions;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records people's decisions on applications. The only place in the interview module that moves an application
 * because of an assessment, and only for a signed-in person; the AI interview itself never changes a stage.
 */
@Service
@Transactional(readOnly = true)
class DefaultHiringDecisions implements HiringDecisions {

	static final String ENTITY = "HiringDecision";

	private final HiringDecisionRepository decisions;

	private final Assessments assessments;

	private final Applications applications;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultHiringDecisions(HiringDecisionRepository decisions, Assessments assessments,
			Applications applications, AuditTrail audit, Clock clock) {
		this.decisions = decisions;
		this.assessments = assessments;
		this.applications = applications;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public HiringDecisionView decide(UUID applicationId, DecisionCommand command) {
		CurrentUser person = Persons.require();
		String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
		if (command.outcome() == Outcome.REJECT && reason == null) {
			throw InvalidFieldsException.of("reason", "interview.decision.reasonRequired");
		}
		ApplicationSummary application = applications.application(applicationId);
		AssessmentView assessment = assessments.assess(applicationId);
		ApplicationStage from = application.stage();
		ApplicationStage to = target(command.outcome(), from);
		if (to != from) {
			applications.move(applicationId, new MoveApplication(to, reason));
		}
		HiringDecision decision = decisions.save(new HiringDecision(applicationId, command.outcome(), reason,
				from.name(), to.name(), assessment.aiScore(), assessment.humanScore(), assessment.composite(),
				person.email(), clock.instant()));
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("applicationId", applicationId);
		state.put("outcome", command.outcome());
		state.put("reason", reason);
		state.put("fromStage", from);
		state.put("toStage", to);
		state.put("aiScore", assessment.aiScore());
		state.put("humanScore", assessment.humanScore());
		state.put("composite", assessment.composite());
		audit.recordChange("DECIDE", ENTITY, decision.id(), null, state);
		return view(decision);
	}

	@Override
	public List<HiringDecisionView> ofApplication(UUID applicationId) {
		applications.application(applicationId);
		return decisions.findByApplicationIdOrderByDecidedAtDesc(applicationId).stream().map(DefaultHiringDecisions::view)
			.toList();
	}

	/** Where a decision takes an application; HOLD keeps it where it is. */
	static ApplicationStage target(Outcome outcome, ApplicationStage from) {
		return switch (outcome) {
			case HOLD -> from;
			case REJECT -> ApplicationStage.REJECTED;
			case ADVANCE -> switch (from) {
				case SCREENED, AI_INTERVIEW -> ApplicationStage.INTERVIEWS;
				case INTERVIEWS -> ApplicationStage.OFFER;
				default -> throw new BusinessRuleException("interview.decision.cannotAdvance", from);
			};
		};
	}

	static HiringDecisionView view(HiringDecision decision) {
		return new HiringDecisionView(decision.id(), decision.applicationId(), decision.outcome(), decision.reason(),
				decision.fromStage(), decision.toStage(), decision.aiScore(), decision.humanScore(),
				decision.composite(), decision.decidedBy(), decision.decidedAt());
	}
}
