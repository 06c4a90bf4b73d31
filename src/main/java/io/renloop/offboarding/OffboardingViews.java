package io.renloop.offboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What leaving cases look like to their readers. */
public final class OffboardingViews {

	private OffboardingViews() {
	}

	/** A case as lists show it, with the progress of every owner. */
	public record CaseSummary(UUID id, UUID employeeId, String employeeName, String departmentName, LeavingKind kind,
			LegalGround legalGround, LocalDate lastDay, CaseStatus status, List<OwnerProgress> progress) {
	}

	/**
	 * A whole case. The rehire flag, the settlement figures and the payroll average wage (the default monthly wage
	 * of the settlement, null without published months) only for HR (OFFBOARDING_ADMIN), null for others.
	 *
	 * @param noticeWarning a translated warning when a resignation gives less notice than the law asks, else null
	 */
	public record CaseDetails(UUID id, UUID employeeId, String employeeName, String departmentName,
			String positionName, LocalDate hireDate, LeavingKind kind, LegalGround legalGround, String reason,
			LocalDate noticeGivenOn, LocalDate lastDay, boolean inProbation, String noticeWarning, UUID successorId,
			String successorName, CaseStatus status, String decisionComment, List<ChecklistItemView> checklist,
			List<OwnerProgress> progress, SettlementView settlement, RecentPay.AverageWage payrollAverage,
			RehireView rehire, boolean exitInterviewDone, Instant leftAt) {
	}

	/** One checklist item. */
	public record ChecklistItemView(UUID id, ChecklistOwner owner, String title, LocalDate dueDate, boolean done,
			Instant doneAt, String doneBy) {
	}

	/** Items done of the items an owner works. */
	public record OwnerProgress(ChecklistOwner owner, int done, int total) {
	}

	/**
	 * The final settlement with how each figure came about, in the reader's language.
	 *
	 * @param approvedAt when HR approved it for payroll, null before
	 */
	public record SettlementView(BigDecimal monthlyWage, BigDecimal localAverageMonthlyWage, boolean noticeInLieu,
			BigDecimal compensationMonths, BigDecimal compensation, BigDecimal noticePay, BigDecimal leavePayout,
			BigDecimal total, List<String> explanation, Instant approvedAt) {
	}

	/** Whether the leaver may be hired again and why; HR only. */
	public record RehireView(Boolean eligible, String reason, Boolean regretted) {
	}

	/** One reason of the tenant's list for leaving. */
	public record ExitReasonView(String code, String name) {
	}

	/** The answers of an exit interview; HR only. */
	public record ExitInterviewView(UUID caseId, List<String> reasonCodes, String comments, Boolean wouldReturn,
			String managerFeedback, Instant submittedAt) {
	}
}
