package io.renloop.onboarding;

import java.time.Instant;
import java.util.UUID;

/**
 * The candidate declined an offer (confirmed with a one-time code). The reason stays in onboarding: it is the
 * candidate's free text.
 *
 * @param tenantId the tenant of the offer
 * @param offerId the offer
 * @param applicationId the application the offer was made on (recruitment)
 * @param requisitionId the requisition of the application (recruitment)
 * @param departmentId the department the offer would have hired into
 * @param positionId the position the offer would have hired into
 * @param declinedAt when the candidate declined
 */
public record OfferDeclined(String tenantId, UUID offerId, UUID applicationId, UUID requisitionId, UUID departmentId,
		UUID positionId, Instant declinedAt) {
}
