package io.renloop.onboarding.web;

import io.renloop.onboarding.MakeOffer;
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
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The offer form of HR's page, bound and validated like the API's {@link MakeOffer}: the requisition's unit and
 * position, the rest as entered.
 */
record OfferForm(
		@NotNull @DecimalMin(value = "0.01") @Digits(integer = AmountLimits.MONTHLY_PAY_DIGITS,
				fraction = AmountLimits.FRACTION_DIGITS) BigDecimal monthlySalary,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@NotNull @Min(0) @Max(6) Integer probationMonths, @Pattern(regexp = "zh|en") String language,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyBy, Boolean overrideHeadcount,
		@Size(max = 1000) String overrideReason) {

	/** The page's label of each field, for naming the field of an error. */
	static final Map<String, String> LABELS = Map.of("monthlySalary", "offer.page.salary", "startDate",
			"offer.page.startDate", "probationMonths", "offer.page.probation", "replyBy", "offer.page.replyBy",
			"language", "offer.hr.language", "overrideReason", "offer.hr.overrideReason");

	MakeOffer command() {
		return new MakeOffer(null, null, monthlySalary, startDate, probationMonths, language, replyBy,
				overrideHeadcount, overrideReason);
	}
}
