package io.renloop.offboarding.internal;

import io.renloop.offboarding.Explanation;
import io.renloop.offboarding.LeavingKind;
import io.renloop.offboarding.OffboardingViews.CaseDetails;
import io.renloop.offboarding.OffboardingViews.CaseSummary;
import io.renloop.offboarding.OffboardingViews.RehireView;
import io.renloop.offboarding.OffboardingViews.SettlementView;
import io.renloop.offboarding.RecentPay;
import io.renloop.offboarding.ResignationNotice;
import io.renloop.platform.CurrentUser;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Cases as their readers see them, in the reader's language; the settlement, the payroll average wage (through
 * {@link RecentPay}, when payroll is present) and the rehire flag only for HR, and the explanation of the settlement
 * recomputed from the stored figures.
 */
@Component
class CaseViews {

	private final LeavingChecklists checklists;

	private final ExitInterviewRepository interviews;

	private final MessageSource messages;

	private final ObjectProvider<RecentPay> recentPay;

	CaseViews(LeavingChecklists checklists, ExitInterviewRepository interviews, MessageSource messages,
			ObjectProvider<RecentPay> recentPay) {
		this.checklists = checklists;
		this.interviews = interviews;
		this.messages = messages;
		this.recentPay = recentPay;
	}

	CaseSummary summary(OffboardingCase c, List<LeavingChecklistItem> items) {
		return new CaseSummary(c.id(), c.employeeId(), c.employeeName(), c.departmentName(), c.kind(),
				c.legalGround(), c.lastDay(), c.status(), LeavingChecklists.progress(items));
	}

	CaseDetails details(OffboardingCase c, CurrentUser viewer) {
		List<LeavingChecklistItem> items = checklists.of(c.id());
		boolean hr = CaseAccess.isHr(viewer);
		String warning = c.kind() != LeavingKind.RESIGNATION ? null
				: ResignationNotice.warning(c.noticeGivenOn(), c.lastDay(), c.inProbation()).map(this::text).orElse(null);
		return new CaseDetails(c.id(), c.employeeId(), c.employeeName(), c.departmentName(), c.positionName(),
				c.hireDate(), c.kind(), c.legalGround(), c.reason(), c.noticeGivenOn(), c.lastDay(), c.inProbation(),
				warning, c.successorId(), c.successorName(), c.status(), c.decisionComment(),
				items.stream().map(LeavingChecklists::view).toList(), LeavingChecklists.progress(items),
				hr ? settlement(c) : null, hr ? payrollAverage(c) : null,
				hr ? new RehireView(c.rehireEligible(), c.rehireReason(), c.regretted()) : null,
				interviews.existsByCaseId(c.id()), c.leftAt());
	}

	private RecentPay.AverageWage payrollAverage(OffboardingCase c) {
		RecentPay pay = recentPay.getIfAvailable();
		return pay == null ? null : pay.averageMonthlyGross(c.employeeId(), c.lastDay()).orElse(null);
	}

	private SettlementView settlement(OffboardingCase c) {
		if (c.compensation() == null) {
			return null;
		}
		List<Explanation> lines = Settlements.explanation(c);
		return new SettlementView(c.monthlyWage(), c.localAverageWage(), c.noticeInLieu(), c.compensationMonths(),
				c.compensation(), c.noticePay(), c.leavePayout(),
				c.compensation().add(c.noticePay()).add(c.leavePayout()), lines.stream().map(this::text).toList(),
				c.settlementApprovedAt());
	}

	String text(Explanation line) {
		return messages.getMessage(line.key(), line.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
