package io.renloop.recruitment;

import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records applications that were received and decided in the past, with their stage history: migration from
 * a previous applicant tracking system, and demo data. Each application is tenant-scoped, deduplicated and
 * audited exactly like {@link Applications#apply}; its arrival publishes {@link ApplicationReceived} with the
 * past arrival time, while the past stage changes are recorded in the history only (they are not news).
 */
public interface HistoricApplications {

	/**
	 * Records one past application. The requisition must have been opened once (OPEN, ON_HOLD or CLOSED).
	 * @throws io.renloop.platform.InvalidFieldsException when a time lies in the future or the changes are not in
	 * chronological order after the arrival, or a rejection has no reason
	 * @throws io.renloop.platform.BusinessRuleException (409) when a change is not allowed by
	 * {@link ApplicationStage#canMoveTo} from the stage before it, or the requisition is still a draft
	 */
	ApplicationReceipt importHistoric(UUID requisitionId, HistoricApplication application);

	/**
	 * @param application who applied, through which channel, at what cost
	 * @param appliedAt when the application arrived; also when consent was given
	 * @param changes the stage changes after arrival, oldest first
	 */
	record HistoricApplication(ApplicationCommands.Apply application, Instant appliedAt, List<PastStageChange> changes) {

		public HistoricApplication {
			Objects.requireNonNull(application, "application");
			Objects.requireNonNull(appliedAt, "appliedAt");
			changes = changes == null ? List.of() : List.copyOf(changes);
		}
	}

	/**
	 * @param to the stage reached
	 * @param reason why; required for REJECTED
	 * @param occurredAt when
	 */
	record PastStageChange(ApplicationStage to, String reason, Instant occurredAt) {

		public PastStageChange {
			Objects.requireNonNull(to, "to");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}
	}
}
