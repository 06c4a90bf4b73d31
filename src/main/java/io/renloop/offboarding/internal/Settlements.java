package io.renloop.offboarding.internal;

import io.renloop.offboarding.EconomicCompensation;
import io.renloop.offboarding.Explanation;
import io.renloop.offboarding.OffboardingCommands.Settle;
import io.renloop.offboarding.SettlementApproved;
import io.renloop.offboarding.UnusedAnnualLeave;
import io.renloop.platform.AmountLimits;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The final settlement of a case: computed from HR's figures, approved once, then announced to payroll as
 * {@link SettlementApproved} for the month of the last day.
 */
@Component
class Settlements {

	/** Twelve months: the tax-free limit of compensation is three times the local average annual wage. */
	private static final BigDecimal TAX_FREE_MONTHS = new BigDecimal("36");

	private static final BigDecimal MIN_WAGE = new BigDecimal("0.01");

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Settlements(AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	OffboardingCase settle(OffboardingCase offboarding, Settle figures) {
		check(figures);
		Map<String, Object> before = CaseSnapshots.of(offboarding);
		offboarding.settle(figures);
		audit.recordChange("SETTLE", DefaultOffboardingCases.ENTITY, offboarding.id(), before,
				CaseSnapshots.of(offboarding));
		return offboarding;
	}

	/** The limits of the request record, checked here too for callers without bean validation (pages). */
	private static void check(Settle figures) {
		List<FieldProblem> problems = new ArrayList<>();
		AmountLimits.problem("monthlyWage", figures.monthlyWage(), MIN_WAGE, AmountLimits.MAX_MONTHLY_PAY)
			.ifPresent(problems::add);
		AmountLimits.problem("localAverageMonthlyWage", figures.localAverageMonthlyWage(), MIN_WAGE,
				AmountLimits.MAX_MONTHLY_PAY).ifPresent(problems::add);
		if (figures.annualLeaveDays() == null || figures.annualLeaveDays() < 0 || figures.annualLeaveDays() > 15) {
			problems.add(new FieldProblem("annualLeaveDays", "offboarding.settlement.leaveDays"));
		}
		if (figures.annualLeaveTaken() == null || figures.annualLeaveTaken().signum() < 0
				|| figures.annualLeaveTaken().compareTo(new BigDecimal("366")) > 0
				|| figures.annualLeaveTaken().stripTrailingZeros().scale() > 1) {
			problems.add(new FieldProblem("annualLeaveTaken", "offboarding.settlement.leaveTaken"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	/** How the stored settlement came about, line by line (the case page and the settlement statement). */
	static List<Explanation> explanation(OffboardingCase c) {
		List<Explanation> lines = new ArrayList<>();
		if (c.compensationMonths().signum() > 0 || c.noticeInLieu()) {
			lines.addAll(EconomicCompensation.of(c.monthlyWage(), c.hireDate(), c.lastDay(), c.localAverageWage(),
					c.noticeInLieu()).explanation());
		}
		lines.addAll(UnusedAnnualLeave.payout(c.monthlyWage(), c.annualLeaveDays(), c.annualLeaveTaken(), c.hireDate(),
				c.lastDay()).explanation());
		return lines;
	}

	OffboardingCase approve(OffboardingCase offboarding) {
		Map<String, Object> before = CaseSnapshots.of(offboarding);
		offboarding.approveSettlement(clock.instant());
		audit.recordChange("APPROVE_SETTLEMENT", DefaultOffboardingCases.ENTITY, offboarding.id(), before,
				CaseSnapshots.of(offboarding));
		events.publishEvent(new SettlementApproved(TenantContext.require(), offboarding.id(), offboarding.employeeId(),
				offboarding.employeeNo(), offboarding.lastDay(),
				offboarding.lastDay().format(DateTimeFormatter.ofPattern("yyyy-MM")), offboarding.leavePayout(),
				offboarding.compensation(), offboarding.noticePay(),
				offboarding.localAverageWage().multiply(TAX_FREE_MONTHS).setScale(2, RoundingMode.HALF_UP)));
		return offboarding;
	}
}
