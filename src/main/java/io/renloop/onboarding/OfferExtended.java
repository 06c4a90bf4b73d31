package io.renloop.onboarding;

import java.time.Instant;
import java.util.UUID;

/**
 * An offer passed its approval and its link went to the candidate: the offer is made and waits for an answer. With
 * {@link OfferAccepted} and {@link OfferDeclined} it gives the offer acceptance rate.
 *
 * @param tenantId the tenant of the offer
 * @param offerId the offer
 * @param applicationId the application the offer was made on (recruitment)
 * @param requisitionId the requisition of the application (recruitment)
 * @param departmentId the department the offer hires into
 * @param positionId the position the offer hires into
 * @param extendedAt when the approval made the offer valid
 */
public record OfferExtended(String tenantId, UUID offerId, UUID applicationId, UUID requisitionId, UUID departmentId,
		UUID positionId, Instant extendedAt) {
}
