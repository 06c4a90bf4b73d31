package io.renloop.fairness;

import io.renloop.recruitment.ApplicationStage;
import java.util.UUID;

/** The adverse-impact report of the current tenant. Reading it is audited. */
public interface FairnessReports {

	/**
	 * @param requisitionId a requisition, or null for all
	 * @param stage SCREENED, AI_INTERVIEW, INTERVIEWS, OFFER or HIRED
	 * @throws io.renloop.platform.InvalidFieldsException for another stage
	 * @throws io.renloop.platform.NotFoundException for an unknown requisition
	 */
	FairnessReport report(UUID requisitionId, ApplicationStage stage);
}
