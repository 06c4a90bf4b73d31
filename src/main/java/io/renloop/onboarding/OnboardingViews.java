package io.renloop.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What HR, IT, managers and new hires see of onboarding cases.
 */
public final class OnboardingViews {

	private OnboardingViews() {
	}

	/** A case in HR's list, with the share of checklist items done. */
	public record CaseSummary(UUID id, String candidateName, UUID departmentId, UUID positionId, LocalDate startDate,
			OnboardingStatus status, int itemsDone, int itemsTotal, UUID employeeId) {
	}

	/**
	 * A whole case for HR.
	 * @param monthlySalary the agreed pay; null for viewers who may not read offers (IT support)
	 * @param personalInfo the new hire's information, masked unless revealed; null before they saved anything
	 * @param progress done/total checklist items per owner
	 */
	public record CaseDetails(UUID id, UUID offerId, UUID applicationId, UUID candidateId, String candidateName,
			UUID departmentId, UUID positionId, BigDecimal monthlySalary, LocalDate startDate, int probationMonths,
			LocalDate probationEndDate, OnboardingStatus status, Instant submittedAt, Instant completedAt,
			UUID employeeId, PersonalInfo personalInfo, boolean personalInfoMasked, List<DocumentView> documents,
			List<VerificationView> verifications, List<ChecklistItemView> checklist, List<OwnerProgress> progress,
			ContractView contract) {
	}

	/** An uploaded document, without its content. */
	public record DocumentView(UUID id, DocumentType type, String fileName, String contentType, long sizeBytes,
			Instant uploadedAt) {
	}

	/**
	 * The result of one check of the new hire's data.
	 * @param kind IDENTITY or EDUCATION
	 * @param outcome MATCH / MISMATCH / VERIFIED / NOT_FOUND / UNAVAILABLE / NOT_CONFIGURED
	 */
	public record VerificationView(String kind, String subject, String outcome, String detail, Instant checkedAt) {
	}

	/** One checklist item with its due date relative to the start date. */
	public record ChecklistItemView(UUID id, ChecklistOwner owner, String title, LocalDate dueDate, boolean done,
			Instant doneAt, String doneBy) {
	}

	/** How far one owner's part of the checklist is. */
	public record OwnerProgress(ChecklistOwner owner, int done, int total) {
	}

	/**
	 * The new hire's form: the case facts they may see and their information, pre-filled from the candidacy
	 * until they saved their own.
	 */
	public record NewHireForm(String tenantId, String candidateName, LocalDate startDate, OnboardingStatus status,
			PersonalInfo personalInfo, List<DocumentView> documents, ContractView contract) {
	}

	/**
	 * The labour contract of a case.
	 * @param state {@code WAITING_FOR_PERSONAL_INFO} (generated once the new hire saved their information),
	 * {@code READY} (to read and accept), {@code CODE_SENT} (a one-time code waits), {@code SIGNED}
	 * @param attemptsLeft wrong codes left before the contract's link locks
	 * @param codeSentTo the masked e-mail address the code went to, only in the answer to an acceptance
	 */
	public record ContractView(String state, String language, int attemptsLeft, boolean locked, Instant signedAt,
			String codeSentTo) {
	}

	/** The answer to a completed case: the employee record it created. */
	public record Completion(UUID employeeId) {
	}
}
