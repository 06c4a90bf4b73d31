package io.renloop.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer as HR sees it.
 *
 * @param candidateName the candidate's name, masked
 * @param candidateUrl the candidate's page (read, accept or decline) once the offer is approved, shown only to
 * those who make and withdraw offers ({@code OFFER_WRITE}); else null
 * @param approvalComment the approver's comment when the offer was rejected or returned
 * @param declineReason the candidate's reason when they declined
 * @param signed whether the signed PDF exists
 */
public record OfferView(UUID id, UUID applicationId, UUID candidateId, String candidateName, UUID requisitionId,
		UUID departmentId, String departmentName, UUID positionId, String positionName, BigDecimal monthlySalary,
		LocalDate startDate, int probationMonths, String language, LocalDate replyBy, OfferStatus status,
		String candidateUrl, String approvalComment, String declineReason, boolean locked, boolean signed,
		Instant signedAt, String createdBy, Instant createdAt, Instant updatedAt) {
}
