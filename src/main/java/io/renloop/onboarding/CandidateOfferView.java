package io.renloop.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the candidate sees of their offer through the link.
 *
 * @param codePending whether a one-time code to accept was sent and awaits confirmation
 * @param declineCodePending whether a one-time code to decline was sent and awaits confirmation
 * @param codeSentTo where the code was sent, masked
 * @param attemptsLeft wrong codes the link still tolerates before it locks
 */
public record CandidateOfferView(String companyName, String candidateName, String positionName,
		String departmentName, BigDecimal monthlySalary, LocalDate startDate, int probationMonths, String language,
		LocalDate replyBy, OfferStatus status, boolean codePending, boolean declineCodePending, String codeSentTo,
		int attemptsLeft, boolean locked, Instant signedAt) {
}
