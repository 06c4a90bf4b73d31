package io.renloop.recruitment;

import java.util.List;
import java.util.UUID;

/**
 * How far applications of the current tenant got in the pipeline, from their stage history: an application
 * rejected after interviews still reached INTERVIEWS. For reports that count selection per stage.
 */
public interface ApplicationProgress {

	/**
	 * Every application of a requisition, or of all requisitions when {@code requisitionId} is null.
	 * @throws io.renloop.platform.NotFoundException for a requisition of another tenant or none
	 */
	List<Reach> furthestStages(UUID requisitionId);

	/**
	 * @param furthest the latest stage of APPLIED → SCREENED → AI_INTERVIEW → INTERVIEWS → OFFER → HIRED the
	 * application ever entered (REJECTED and POOL are not pipeline stages)
	 */
	record Reach(UUID applicationId, UUID candidateId, UUID requisitionId, ApplicationStage furthest) {

		/** Whether the application reached {@code stage} or a later pipeline stage. */
		public boolean reached(ApplicationStage stage) {
			return furthest.ordinal() >= stage.ordinal();
		}
	}
}
