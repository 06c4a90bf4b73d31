package io.renloop.payroll.web;

import io.renloop.payroll.internal.tax.MonthlyTaxInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The request bodies of the income tax calculator. Amounts are yuan as JSON numbers or strings, none negative,
 * with at most two decimals and within the platform's amount limits: a month's income and a bonus as any other
 * amount (a bonus merged into the month is part of its income), deductions as a monthly pay.
 */
final class TaxCalculatorRequests {

	private TaxCalculatorRequests() {
	}

	/** @param months the months employed at this employer this year, in order: 1 to 12 */
	record CumulativeWithholdingRequest(
			@NotNull @Size(min = 1, max = 12, message = "{payroll.tax.months.count}") List<@NotNull @Valid Month> months) {

		List<MonthlyTaxInput> inputs() {
			return months.stream()
				.map(m -> new MonthlyTaxInput(m.income(), m.socialInsurance(), m.specialAdditionalDeductions(),
						m.otherDeductions()))
				.toList();
		}
	}

	/**
	 * @param income the month's taxable wages (with a bonus merged into the month, if chosen)
	 * @param socialInsurance the employee's social insurance and housing fund contributions
	 * @param specialAdditionalDeductions the month's declared special additional deductions
	 * @param otherDeductions other deductions allowed by law
	 */
	record Month(@NotNull @TaxAmount BigDecimal income, @NotNull @TaxMonthlyDeduction BigDecimal socialInsurance,
			@NotNull @TaxMonthlyDeduction BigDecimal specialAdditionalDeductions,
			@NotNull @TaxMonthlyDeduction BigDecimal otherDeductions) {
	}

	/** @param bonus the annual one-time bonus, taxed separately from the month's wages */
	record AnnualBonusRequest(@NotNull @TaxAmount BigDecimal bonus) {
	}
}
