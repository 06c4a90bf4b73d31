package io.renloop.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate accepted an offer and confirmed it with a one-time code; the signed offer PDF exists.
 *
 * @param tenantId the tenant of the offer
 * @param offerId the offer
 * @param applicationId the application the offer was made on (recruitment)
 * @param candidateId the candidate (recruitment)
 * @param requisitionId the requisition of the application (recruitment)
 * @param departmentId the department the new hire joins
 * @param positionId the position the new hire takes
 * @param monthlySalary the agreed gross monthly salary
 * @param startDate the agreed first working day
 * @param probationMonths the agreed probation, 0 when none
 * @param acceptedAt when the acceptance was confirmed
 */
public record OfferAccepted(String tenantId, UUID offerId, UUID applicationId, UUID candidateId, UUID requisitionId,
		UUID departmentId, UUID positionId, BigDecimal monthlySalary, LocalDate startDate, int probationMonths,
		Instant acceptedAt) {
}
