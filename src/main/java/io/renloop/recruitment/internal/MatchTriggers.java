package io.renloop.recruitment.internal;

import io.renloop.recruitment.ApplicationReceived;
import io.renloop.recruitment.CompetencyModelChanged;
import io.renloop.recruitment.RequisitionOpened;
import io.renloop.recruitment.RequisitionStatus;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps stored match scores current: an application is scored once it has arrived, and every application of a
 * requisition again when the requisition is (re)opened or its position's competency model changes. Runs after
 * the triggering transaction committed, in the background, as the system actor of the tenant whose user
 * triggered it (the events carry no tenant, the committing thread knows it).
 */
@Component
class MatchTriggers {

	private final MatchingBackground background;

	private final ApplicationScoring scoring;

	private final RequisitionRepository requisitions;

	MatchTriggers(MatchingBackground background, ApplicationScoring scoring, RequisitionRepository requisitions) {
		this.background = background;
		this.scoring = scoring;
		this.requisitions = requisitions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ApplicationReceived received) {
		background.runForCurrentTenant("scoring of application " + received.applicationId(),
				() -> scoring.score(received.applicationId()));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(RequisitionOpened opened) {
		rescore(opened.requisitionId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CompetencyModelChanged changed) {
		background.runForCurrentTenant("rescoring of position " + changed.positionId(), () -> requisitions.findAll()
			.stream()
			.filter(r -> r.positionId().equals(changed.positionId()) && r.status() != RequisitionStatus.CLOSED)
			.forEach(r -> scoring.scoreAll(r.id())));
	}

	private void rescore(UUID requisitionId) {
		background.runForCurrentTenant("rescoring of requisition " + requisitionId,
				() -> scoring.scoreAll(requisitionId));
	}
}
