package io.renloop.leave;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's leave policy: the province whose rules it follows, yearly or monthly accrual of annual leave, how
 * many days carry over into the next year and for how many months, and above how many days HR approves a request
 * after the manager (the HR step of the tenant's {@code leave} approval chain). The defaults: national law, yearly,
 * 5 days until the end of March, HR above 3 days.
 */
public interface LeavePolicies {

	PolicyView current();

	/** Sets the policy; audited. A threshold for HR cannot be set when leave approvals run an uploaded BPMN process. */
	PolicyView change(ChangePolicy command);

	/**
	 * @param province a province with rules (BJ, SH, GD, SX) or CN for national law only
	 * @param accrual YEARLY (the whole year on 1 January) or MONTHLY
	 * @param carryOverMaxDays at most this many days carry over, in half days; 0 for none
	 * @param carryOverMonths carried days may be taken for this many months of the next year; 0 for no carry-over
	 * @param hrApprovalAboveDays HR approves requests longer than this, after the manager; null leaves the chain as
	 *     it is
	 */
	record ChangePolicy(@NotBlank String province, @NotBlank String accrual,
			@NotNull @DecimalMin("0") @DecimalMax("30") BigDecimal carryOverMaxDays,
			@NotNull @Min(0) @Max(12) Integer carryOverMonths,
			@DecimalMin("0") @DecimalMax("365") BigDecimal hrApprovalAboveDays) {
	}

	/**
	 * @param provinces the province codes the tenant may choose
	 * @param carryOverExpiresOn the last day of this year on which days carried over may be taken, null without
	 *     carry-over
	 * @param hrApprovalAboveDays null when the leave chain has no HR step or runs uploaded BPMN
	 * @param approvalChain DEFAULT, CONFIGURED or BPMN: where the leave chain comes from
	 */
	record PolicyView(String province, List<String> provinces, String accrual, BigDecimal carryOverMaxDays,
			int carryOverMonths, LocalDate carryOverExpiresOn, BigDecimal hrApprovalAboveDays, String approvalChain) {
	}
}
