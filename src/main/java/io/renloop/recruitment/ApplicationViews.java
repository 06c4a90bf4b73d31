package io.renloop.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the API shows of candidates and applications.
 */
public final class ApplicationViews {

	private ApplicationViews() {
	}

	/**
	 * The outcome of an application.
	 * @param candidateId the candidate, new or found
	 * @param applicationId the new application
	 * @param duplicateOf the existing candidate the applicant was recognized as, or null for a new candidate
	 * @param stage the stage of the new application
	 */
	public record ApplicationReceipt(UUID candidateId, UUID applicationId, UUID duplicateOf, ApplicationStage stage) {
	}

	/**
	 * An application in a requisition's list.
	 * @param candidateName the candidate's name, or the name of their resume file when the resume states none
	 */
	public record ApplicationSummary(UUID id, UUID requisitionId, UUID candidateId, String candidateName,
			Channel channel, BigDecimal cost, ApplicationStage stage, Instant createdAt, Instant updatedAt) {
	}

	/** One stage change: {@code from} is null for the application's arrival. */
	public record StageChange(ApplicationStage from, ApplicationStage to, String reason, String actor,
			Instant occurredAt) {
	}

	/** An application with its stage history, oldest change first. */
	public record ApplicationDetails(ApplicationSummary application, List<StageChange> history) {
	}

	/**
	 * A candidate with every application.
	 * @param profile the parsed resume, or null when none was given
	 * @param retainUntil when the candidate's data is due for deletion under their consent
	 * @param name the name the candidate gave or their resume states; null when neither did
	 * @param formerEmployeeId the former (TERMINATED) employee this person is — same phone or e-mail — shown only to
	 *        readers who may see that employee record; null otherwise
	 * @param resumeFileName the name of the resume file they sent, or null; pages show it when there is no name
	 */
	public record CandidateDetails(UUID id, String name, String phone, String email, ParsedResume profile,
			Channel channel, Instant consentGivenAt, LocalDate retainUntil, Instant createdAt,
			List<ApplicationDetails> applications, UUID formerEmployeeId, String resumeFileName) {

		/** What pages call the candidate: the name, else the resume file's name. */
		public String displayName() {
			return name != null ? name : resumeFileName;
		}
	}

	/** How to reach a candidate. */
	public record CandidateContact(UUID candidateId, String phone, String email) {
	}
}
