package io.renloop.payroll.web;

import io.renloop.payroll.internal.tax.AnnualBonusTax;
import io.renloop.payroll.internal.tax.BonusTax;
import io.renloop.payroll.internal.tax.CumulativeWithholding;
import io.renloop.payroll.internal.tax.MonthlyWithholding;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import io.renloop.payroll.web.TaxCalculatorRequests.AnnualBonusRequest;
import io.renloop.payroll.web.TaxCalculatorRequests.CumulativeWithholdingRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The individual income tax calculator: pure arithmetic on the figures sent, nothing read or stored, so neither
 * tenant data nor an audit entry is involved; any login that may read its own payslips may use it.
 */
@RestController
@PreAuthorize("hasAuthority('PAYSLIP_READ')")
@Tag(name = "Payroll", description = "Pay structures, payroll runs, payslips and the individual income tax (China)")
class PayrollTaxApiController {

	@PostMapping("/api/v1/payroll/tax/cumulative-withholding")
	@Operation(summary = "Income tax to withhold each month by the cumulative method", description = "SAT "
			+ "announcement 2018 No. 61. `months`: the months employed at this employer this year, in order (1 to "
			+ "12), each with `income`, `socialInsurance`, `specialAdditionalDeductions` and `otherDeductions` in "
			+ "yuan (numbers or strings, at least 0, at most two decimals). Each month adds the 5,000 basic "
			+ "deduction; the cumulative taxable income is taxed with the annual table (3% to 45%) and `withheld` is "
			+ "the cumulative tax less the tax withheld in the months before, never negative. To merge an annual "
			+ "bonus into a month, add it to that month's income. 400 with translated field errors for bad input.")
	WithholdingResult cumulativeWithholding(@Valid @RequestBody CumulativeWithholdingRequest request) {
		return new WithholdingResult(CumulativeWithholding.months(TaxYearToDate.NONE, request.inputs())
			.stream()
			.map(MonthResult::of)
			.toList());
	}

	@PostMapping("/api/v1/payroll/tax/annual-bonus")
	@Operation(summary = "Income tax of an annual one-time bonus taxed separately", description = "Caishui [2018] 164 "
			+ "and 2023 No. 30: the whole bonus at the monthly table's rate for one twelfth of it, less that bracket's "
			+ "quick deduction once. `cliff` is null, unless the bonus lies just above 36,000, 144,000, 300,000, "
			+ "420,000, 660,000 or 960,000 where a larger bonus leaves less after tax: then how much more the "
			+ "employee would keep with the bonus lowered to that amount. 400 with translated field errors for bad "
			+ "input.")
	BonusResult annualBonus(@Valid @RequestBody AnnualBonusRequest request) {
		BonusTax tax = AnnualBonusTax.separately(request.bonus());
		return new BonusResult(tax.tax(), tax.rate(), tax.quickDeduction(), tax.cliff());
	}

	/** @param months one result per month sent, in the same order */
	record WithholdingResult(List<MonthResult> months) {
	}

	/**
	 * One month: what the year at this employer comes to, and the tax to withhold this month.
	 * @param rate e.g. 0.03
	 */
	record MonthResult(BigDecimal cumulativeIncome, BigDecimal cumulativeTaxableIncome, BigDecimal rate,
			BigDecimal quickDeduction, BigDecimal cumulativeTax, BigDecimal withheld) {

		static MonthResult of(MonthlyWithholding month) {
			return new MonthResult(month.cumulativeIncome(), month.cumulativeTaxableIncome(), month.rate(),
					month.quickDeduction(), month.cumulativeTax(), month.withheld());
		}
	}

	/**
	 * @param rate e.g. 0.10
	 * @param cliff null, or how much more the employee keeps with the bonus lowered to the limit just below
	 */
	record BonusResult(BigDecimal tax, BigDecimal rate, BigDecimal quickDeduction, BigDecimal cliff) {
	}
}
