package io.renloop.leave.internal;

import io.renloop.leave.LeavePolicies;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.Role;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.workflow.ApprovalChain;
import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChainStep.Kind;
import io.renloop.workflow.ApprovalChainStep.Mode;
import io.renloop.workflow.ApprovalChains;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leave policy page's and API's service: the settings live in {@code leave.leave_policy}; the HR threshold is
 * the amount of the HR step of the tenant's leave approval chain (workflow), so approvals and this page never
 * disagree.
 */
@Service
@Transactional
class DefaultLeavePolicies implements LeavePolicies {

	static final List<String> ACCRUALS = List.of("YEARLY", "MONTHLY");

	static final BigDecimal MAX_CARRY_OVER = new BigDecimal("30");

	static final BigDecimal MAX_HR_THRESHOLD = new BigDecimal("365");

	private final LeavePolicy policy;

	private final ApprovalChains chains;

	private final JdbcTemplate jdbc;

	private final TenantTime time;

	private final AuditTrail audit;

	DefaultLeavePolicies(LeavePolicy policy, ApprovalChains chains, JdbcTemplate jdbc, TenantTime time,
			AuditTrail audit) {
		this.policy = policy;
		this.chains = chains;
		this.jdbc = jdbc;
		this.time = time;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public PolicyView current() {
		LeavePolicy.Settings settings = policy.current();
		ApprovalChain chain = chains.chain(LeaveSubmission.SUBJECT_TYPE);
		return new PolicyView(settings.province(), provinces(), settings.monthlyAccrual() ? "MONTHLY" : "YEARLY",
				settings.carryOverMaxDays(), settings.carryOverMonths(),
				settings.carryOverMonths() > 0 ? settings.carryOverExpiry(time.today().getYear()) : null,
				hrStep(chain) == null ? null : hrStep(chain).amountAbove(), chain.source().name());
	}

	@Override
	public PolicyView change(ChangePolicy command) {
		String province = command.province() == null ? "" : command.province().strip().toUpperCase(Locale.ROOT);
		String accrual = command.accrual() == null ? "" : command.accrual().strip().toUpperCase(Locale.ROOT);
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		if (!provinces().contains(province)) {
			problems.add(new InvalidFieldsException.FieldProblem("province", "error.leave.province"));
		}
		if (!ACCRUALS.contains(accrual)) {
			problems.add(new InvalidFieldsException.FieldProblem("accrual", "error.leave.accrual"));
		}
		BigDecimal carried = command.carryOverMaxDays();
		if (carried == null || carried.signum() < 0 || carried.compareTo(MAX_CARRY_OVER) > 0) {
			problems.add(new InvalidFieldsException.FieldProblem("carryOverMaxDays", "error.leave.range", 0,
					MAX_CARRY_OVER));
		}
		else if (carried.remainder(LeaveSpan.HALF).signum() != 0) {
			problems.add(new InvalidFieldsException.FieldProblem("carryOverMaxDays", "error.leave.halfDays"));
		}
		Integer months = command.carryOverMonths();
		if (months == null || months < 0 || months > 12) {
			problems.add(new InvalidFieldsException.FieldProblem("carryOverMonths", "error.leave.range", 0, 12));
		}
		BigDecimal hr = command.hrApprovalAboveDays();
		if (hr != null && (hr.signum() < 0 || hr.compareTo(MAX_HR_THRESHOLD) > 0)) {
			problems.add(new InvalidFieldsException.FieldProblem("hrApprovalAboveDays", "error.leave.range", 0,
					MAX_HR_THRESHOLD));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		PolicyView before = current();
		policy.set(new LeavePolicy.Settings(province, "MONTHLY".equals(accrual), carried, months));
		if (command.hrApprovalAboveDays() != null) {
			setHrThreshold(command.hrApprovalAboveDays());
		}
		PolicyView after = current();
		audit.recordChange("UPDATE", "LeavePolicy", TenantContext.require(), before, after);
		return after;
	}

	/** Sets the amount of the chain's HR step, adding the step after the others when the chain has none. */
	private void setHrThreshold(BigDecimal days) {
		ApprovalChain chain = chains.chain(LeaveSubmission.SUBJECT_TYPE);
		if (chain.source() == ApprovalChain.Source.BPMN) {
			throw new BusinessRuleException("error.leave.bpmnChain");
		}
		List<ApprovalChainStep> steps = new ArrayList<>();
		boolean found = false;
		for (ApprovalChainStep step : chain.steps()) {
			if (!found && isHr(step)) {
				found = true;
				steps.add(new ApprovalChainStep(step.name(), step.kind(), step.levels(), step.role(), step.mode(), days,
						step.reminder(), step.escalation()));
			}
			else {
				steps.add(step);
			}
		}
		if (!found) {
			steps.add(new ApprovalChainStep("HR", Kind.ROLE, null, Role.HR_ADMIN, Mode.SEQUENTIAL, days, null, null));
		}
		chains.configure(LeaveSubmission.SUBJECT_TYPE, steps);
	}

	private static ApprovalChainStep hrStep(ApprovalChain chain) {
		return chain.steps().stream().filter(DefaultLeavePolicies::isHr).findFirst().orElse(null);
	}

	private static boolean isHr(ApprovalChainStep step) {
		return step.kind() == Kind.ROLE && step.role() == Role.HR_ADMIN;
	}

	/** National law and the provinces whose rules are seeded or the tenant's own. */
	private List<String> provinces() {
		return jdbc.queryForList("""
				select distinct province from leave.statutory_rule where tenant_id is null or tenant_id = ?
				 order by province""", String.class, TenantContext.require());
	}
}
