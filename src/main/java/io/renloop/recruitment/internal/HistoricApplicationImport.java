package io.renloop.recruitment.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.HistoricApplications;
import io.renloop.recruitment.RequisitionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the times of a past application and hands it to {@link ApplicationIntake}, which checks every stage
 * change against {@link ApplicationStage#canMoveTo}.
 */
@Service
class HistoricApplicationImport implements HistoricApplications {

	private final ApplicationIntake intake;

	private final Clock clock;

	HistoricApplicationImport(ApplicationIntake intake, Clock clock) {
		this.intake = intake;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ApplicationReceipt importHistoric(UUID requisitionId, HistoricApplication application) {
		if (intake.requisition(requisitionId).status() == RequisitionStatus.DRAFT) {
			throw new BusinessRuleException("recruitment.history.requisitionNeverOpened");
		}
		checkTimes(application);
		return intake.receive(requisitionId, application.application(), null, application.appliedAt(),
				application.changes());
	}

	private void checkTimes(HistoricApplication application) {
		Instant now = clock.instant();
		List<FieldProblem> problems = new ArrayList<>();
		if (application.appliedAt().isAfter(now)) {
			problems.add(new FieldProblem("appliedAt", "recruitment.history.future"));
		}
		Instant previous = application.appliedAt();
		for (int i = 0; i < application.changes().size(); i++) {
			PastStageChange change = application.changes().get(i);
			String field = "changes[" + i + "]";
			if (change.occurredAt().isAfter(now)) {
				problems.add(new FieldProblem(field + ".occurredAt", "recruitment.history.future"));
			}
			else if (change.occurredAt().isBefore(previous)) {
				problems.add(new FieldProblem(field + ".occurredAt", "recruitment.history.outOfOrder"));
			}
			if (change.to() == ApplicationStage.REJECTED && (change.reason() == null || change.reason().isBlank())) {
				problems.add(new FieldProblem(field + ".reason", "recruitment.application.rejectionReasonRequired"));
			}
			previous = change.occurredAt();
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}
}
