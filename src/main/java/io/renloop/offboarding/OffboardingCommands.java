package io.renloop.offboarding;

import io.renloop.platform.AmountLimits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The inputs that open and work leaving cases. */
public final class OffboardingCommands {

	private OffboardingCommands() {
	}

	/** An employee resigns: the last day they propose and why, in their own words. */
	public record Resign(@NotNull LocalDate lastDay, @Size(max = 1000) String reason) {
	}

	/**
	 * HR opens a case: a termination needs its legal ground; a successor takes over the leaver's work.
	 */
	public record OpenCase(@NotNull UUID employeeId, @NotNull LeavingKind kind, LegalGround legalGround,
			@NotNull LocalDate lastDay, @Size(max = 1000) String reason, UUID successorId) {
	}

	/**
	 * The figures of the final settlement: the monthly wage (average of the last 12 months), the local average
	 * monthly wage of the year, whether a month's wage replaces notice, and the statutory annual leave of the year
	 * with the days already taken.
	 */
	public record Settle(
			@NotNull @Positive @Digits(integer = AmountLimits.MONTHLY_PAY_DIGITS,
					fraction = AmountLimits.FRACTION_DIGITS) BigDecimal monthlyWage,
			@NotNull @Positive @Digits(integer = AmountLimits.MONTHLY_PAY_DIGITS,
					fraction = AmountLimits.FRACTION_DIGITS) BigDecimal localAverageMonthlyWage,
			boolean noticeInLieu, @NotNull @Min(0) @Max(15) Integer annualLeaveDays,
			@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 1) BigDecimal annualLeaveTaken) {
	}

	/** The leaver's answers to the exit interview; the reasons are codes of the tenant's list. */
	public record ExitInterviewAnswers(@NotNull @Size(min = 1, max = 5) List<@Pattern(regexp = "[A-Z_]{1,40}") String> reasonCodes,
			@Size(max = 4000) String comments, Boolean wouldReturn, @Size(max = 4000) String managerFeedback) {
	}

	/** HR's view whether the leaver may be hired again, with the reason (visible to HR only). */
	public record RehireDecision(@NotNull Boolean eligible, @Size(max = 500) String reason,
			Boolean regretted) {
	}
}
