package io.renloop.onboarding;

import io.renloop.platform.AmountLimits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer to make on an application.
 *
 * @param positionId the position offered; the requisition's when null
 * @param departmentId the department the candidate joins; the requisition's when null
 * @param monthlySalary gross monthly salary, more than zero
 * @param startDate the first working day, not in the past
 * @param probationMonths 0 to 6 (the legal maximum for contracts of three years or more)
 * @param language {@code zh} or {@code en}: the template and the candidate's pages; {@code zh} when null
 * @param replyBy the last day the candidate can answer; seven days from today when null, never after the start
 * @param overrideHeadcount make the offer although the headcount plan is used up (needs HEADCOUNT_OVERRIDE);
 * false when null
 * @param overrideReason why the plan is exceeded, required with an override
 */
public record MakeOffer(UUID positionId, UUID departmentId,
		@NotNull @DecimalMin(value = "0.01") @Digits(integer = AmountLimits.MONTHLY_PAY_DIGITS,
				fraction = AmountLimits.FRACTION_DIGITS) BigDecimal monthlySalary,
		@NotNull LocalDate startDate, @NotNull @Min(0) @Max(6) Integer probationMonths,
		@Pattern(regexp = "zh|en") String language, LocalDate replyBy, Boolean overrideHeadcount,
		@Size(max = 1000) String overrideReason) {

	/** Whether the command asks to exceed the headcount plan. */
	public boolean overrides() {
		return Boolean.TRUE.equals(overrideHeadcount);
	}
}
