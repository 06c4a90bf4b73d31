package io.renloop.payroll.internal.run;

import io.renloop.payroll.BonusTaxMethod;
import io.renloop.payroll.internal.formula.PayVariables;
import io.renloop.payroll.internal.input.AttendanceInputs.MonthFigures;
import io.renloop.payroll.internal.region.Contribution;
import io.renloop.payroll.internal.region.Contributions;
import io.renloop.payroll.internal.region.Region;
import io.renloop.payroll.internal.region.RegionItem;
import io.renloop.payroll.internal.region.SocialInsurance;
import io.renloop.payroll.internal.sickpay.SickPayTiers;
import io.renloop.payroll.internal.structure.StructureRow;
import io.renloop.payroll.internal.tax.AnnualBonusTax;
import io.renloop.payroll.internal.tax.BonusTax;
import io.renloop.payroll.internal.tax.CumulativeWithholding;
import io.renloop.payroll.internal.tax.MonthlyTaxInput;
import io.renloop.payroll.internal.tax.MonthlyWithholding;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calculates one employee's month: base and allowances (prorated for a partial month), the tenant's salary items in
 * dependency order, sick leave, one-off inputs, social insurance and housing fund, income tax by the cumulative
 * withholding method and the annual bonus as the employee chose; every line keeps what it was computed from. Pure
 * and thread-safe: a run calculates many employees with one instance in parallel.
 */
public final class PayCalculator {

	/** Sick pay is at least this share of the local minimum wage (e.g. 北京市工资支付规定 第二十一条). */
	static final BigDecimal SICK_PAY_FLOOR_SHARE = new BigDecimal("0.80");

	/** The housing fund is tax-exempt up to this rate of three times the local average wage (财税〔2006〕10号). */
	static final BigDecimal HOUSING_FUND_EXEMPT_RATE = new BigDecimal("0.12");

	static final BigDecimal WORKDAYS_A_MONTH = new BigDecimal("21.75");

	static final String BONUS = "BONUS";

	private final YearMonth period;

	private final Map<String, Region> regions;

	private final List<ItemRule> items;

	private final Set<String> readByItems = new HashSet<>();

	private final SickPayTiers sickPay;

	public PayCalculator(YearMonth period, Map<String, Region> regions, List<ItemRule> items, SickPayTiers sickPay) {
		this.period = period;
		this.regions = regions;
		this.items = items;
		this.sickPay = sickPay;
		items.forEach(item -> readByItems.addAll(item.formula().variables()));
	}

	/** A calculator paying sick days at the default 80 %. */
	public PayCalculator(YearMonth period, Map<String, Region> regions, List<ItemRule> items) {
		this(period, regions, items, SickPayTiers.DEFAULT);
	}

	public PayResult calculate(EmployeePay employee) {
		StructureRow structure = employee.structure();
		List<PayLine> lines = new ArrayList<>();
		Money gross = new Money();
		Money taxable = new Money();
		BigDecimal share = employedShare(employee);
		BigDecimal base = Yuan.of(structure.base().multiply(share));
		lines.add(share.compareTo(BigDecimal.ONE) == 0
				? PayLine.explained("BASE", "EARNING", base, "payroll.explain.base", Yuan.text(base))
				: PayLine.explained("BASE", "EARNING", base, "payroll.explain.baseProrated",
						Yuan.text(structure.base()), String.valueOf(employedDays(employee)),
						String.valueOf(period.lengthOfMonth()), Yuan.text(base)));
		gross.add(base);
		taxable.add(base);
		Map<String, Object> variables = variables(employee, base);
		BigDecimal allowanceTotal = BigDecimal.ZERO;
		for (var allowance : structure.allowances().entrySet()) {
			BigDecimal amount = Yuan.of(allowance.getValue().multiply(share));
			allowanceTotal = allowanceTotal.add(amount);
			variables.put(allowance.getKey(), amount);
			if (amount.signum() != 0) {
				lines.add(PayLine.explained(allowance.getKey(), "EARNING", amount, "payroll.explain.allowance",
						Yuan.text(amount)));
				gross.add(amount);
				taxable.add(amount);
			}
		}
		variables.put("allowances", allowanceTotal);
		performanceGrade(employee, lines);
		applyItems(variables, lines, gross, taxable);
		sickLeave(employee, variables, lines, gross, taxable);
		BigDecimal bonus = inputs(employee, lines, gross, taxable);
		boolean separateBonus = bonus.signum() > 0 && structure.bonusTaxMethod() == BonusTaxMethod.SEPARATE;
		if (separateBonus) {
			taxable.add(bonus.negate());
		}
		Contributions contributions = contributions(structure, lines);
		BigDecimal socialInsurance = contributions == null ? Yuan.ZERO : contributions.employeeTotal();
		BigDecimal taxableHousingFund = taxableHousingFund(structure, contributions, lines);
		TaxYearToDate before = employee.beforeWithCorrections();
		MonthlyWithholding withholding = CumulativeWithholding.next(before,
				new MonthlyTaxInput(taxable.total().max(Yuan.ZERO), socialInsurance.subtract(taxableHousingFund),
						employee.specialAdditional().setScale(2), Yuan.ZERO));
		lines.add(taxLine(withholding, before));
		BigDecimal tax = withholding.withheld();
		if (separateBonus) {
			BonusTax bonusTax = AnnualBonusTax.separately(bonus);
			lines.add(PayLine.explained("BONUS_TAX", "TAX", bonusTax.tax(), "payroll.explain.bonusTax",
					Yuan.text(bonus), Yuan.text(bonus.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)),
					percent(bonusTax.rate()), Yuan.text(bonusTax.quickDeduction()), Yuan.text(bonusTax.tax())));
			tax = tax.add(bonusTax.tax());
		}
		BigDecimal afterTax = BigDecimal.ZERO;
		for (var deduction : structure.fixedDeductions().entrySet()) {
			lines.add(PayLine.explained(deduction.getKey(), "AFTER_TAX", deduction.getValue(),
					"payroll.explain.afterTax", Yuan.text(deduction.getValue())));
			afterTax = afterTax.add(deduction.getValue());
		}
		BigDecimal employerContributions = contributions == null ? BigDecimal.ZERO : contributions.employerTotal();
		// differences of corrected earlier months: paid now, taxed through the year to date they corrected
		for (CarriedDifference difference : employee.carried()) {
			for (PayLine line : difference.lines()) {
				lines.add(line);
				switch (line.kind()) {
					case "EARNING" -> gross.add(line.amount());
					case "DEDUCTION" -> gross.add(line.amount().negate());
					case "CONTRIBUTION" -> socialInsurance = socialInsurance.add(line.amount());
					case "TAX" -> tax = tax.add(line.amount());
					case "AFTER_TAX" -> afterTax = afterTax.add(line.amount());
					default -> {
					}
				}
			}
			employerContributions = employerContributions.add(difference.employerCost().subtract(difference.gross()));
		}
		BigDecimal grossPay = gross.total();
		BigDecimal net = grossPay.subtract(socialInsurance).subtract(tax).subtract(afterTax);
		BigDecimal employerCost = Yuan.of(grossPay.add(employerContributions));
		return new PayResult(employee.employeeId(), employee.departmentId(), grossPay, net, tax, socialInsurance,
				employerCost, withholding.yearToDate(), lines);
	}

	/**
	 * What a formula would read for the employee's month: the built-in variables, the allowances and inputs by code,
	 * and the value of every salary item in force — for trying a formula on a real person before saving it.
	 */
	public Map<String, BigDecimal> variablesOf(EmployeePay employee) {
		StructureRow structure = employee.structure();
		BigDecimal share = employedShare(employee);
		Map<String, Object> variables = variables(employee, Yuan.of(structure.base().multiply(share)));
		BigDecimal allowanceTotal = BigDecimal.ZERO;
		for (var allowance : structure.allowances().entrySet()) {
			BigDecimal amount = Yuan.of(allowance.getValue().multiply(share));
			allowanceTotal = allowanceTotal.add(amount);
			variables.put(allowance.getKey(), amount);
		}
		variables.put("allowances", allowanceTotal);
		applyItems(variables, new ArrayList<>(), new Money(), new Money());
		Map<String, BigDecimal> values = new java.util.TreeMap<>();
		variables.forEach((name, value) -> values.put(name, (BigDecimal) value));
		return values;
	}

	private Map<String, Object> variables(EmployeePay employee, BigDecimal base) {
		MonthFigures month = employee.attendance() == null ? MonthFigures.NONE : employee.attendance();
		Map<String, Object> variables = new HashMap<>();
		variables.put("base", base);
		variables.put("workdays", BigDecimal.valueOf(month.workdays()));
		variables.put("absentDays", BigDecimal.valueOf(month.absentDays()));
		variables.put("lateMinutes", BigDecimal.valueOf(month.lateMinutes()));
		variables.put("unpaidLeaveDays", month.unpaidLeaveDays());
		variables.put("sickLeaveDays", month.sickLeaveDays());
		variables.put("overtimeWorkdayHours", month.overtimeWorkdayHours());
		variables.put("overtimeRestDayHours", month.overtimeRestDayHours());
		variables.put("overtimeHolidayHours", month.overtimeHolidayHours());
		// the day rate is monthly pay ÷ 21.75 (劳社部发〔2008〕3号), the hour rate ÷ 174, on the full base
		variables.put("dailyRate", PayVariables.dailyRate(employee.structure().base()));
		variables.put("hourlyRate", PayVariables.hourlyRate(employee.structure().base()));
		variables.put("performanceFactor", employee.performanceFactor());
		variables.put("bonus", employee.inputs().getOrDefault(BONUS, BigDecimal.ZERO));
		employee.inputs().forEach(variables::put);
		return variables;
	}

	private void applyItems(Map<String, Object> variables, List<PayLine> lines, Money gross, Money taxable) {
		for (ItemRule item : items) {
			Map<String, BigDecimal> read = new HashMap<>();
			for (String name : item.formula().variables()) {
				Object value = variables.computeIfAbsent(name, absent -> BigDecimal.ZERO);
				read.put(name, (BigDecimal) value);
			}
			BigDecimal amount = Yuan.of(item.formula().evaluate(variables));
			variables.put(item.code(), amount);
			if (amount.signum() == 0) {
				continue;
			}
			lines.add(new PayLine(item.code(), item.kind(), amount, item.nameZh(), item.nameEn(), null, null,
					item.formula().source(), read));
			int sign = switch (item.kind()) {
				case "EARNING" -> 1;
				case "DEDUCTION" -> -1;
				default -> 0;
			};
			gross.add(amount.multiply(BigDecimal.valueOf(sign)));
			if (item.taxable()) {
				taxable.add(amount.multiply(BigDecimal.valueOf(sign)));
			}
		}
	}

	/**
	 * Sick days cost the share of the day rate the tenant does not pay (by years of service), but a sick day is paid
	 * at least 80 % of the local minimum wage's day (minimum wage ÷ 21.75), never more than the day rate itself.
	 */
	private void sickLeave(EmployeePay employee, Map<String, Object> variables, List<PayLine> lines, Money gross,
			Money taxable) {
		MonthFigures month = employee.attendance();
		if (month == null || month.sickLeaveDays().signum() == 0) {
			return;
		}
		BigDecimal days = month.sickLeaveDays();
		String dayCount = days.stripTrailingZeros().toPlainString();
		BigDecimal dailyRate = (BigDecimal) variables.get("dailyRate");
		int years = employee.serviceYears(period.atEndOfMonth());
		BigDecimal share = sickPay.shareFor(years);
		BigDecimal paidByShare = Yuan.of(dailyRate.multiply(share));
		Region region = regions.get(employee.structure().regionCode());
		BigDecimal minimumWage = region == null ? null : region.minimumWage();
		BigDecimal floor = minimumWage == null ? null
				: minimumWage.multiply(SICK_PAY_FLOOR_SHARE).divide(WORKDAYS_A_MONTH, 2, RoundingMode.HALF_UP);
		PayLine line;
		if (floor != null && floor.compareTo(paidByShare) > 0) {
			BigDecimal paid = floor.min(dailyRate);
			BigDecimal deduction = Yuan.of(days.multiply(dailyRate.subtract(paid)));
			line = PayLine.explained("SICK_LEAVE", "DEDUCTION", deduction, "payroll.explain.sickLeaveFloor", dayCount,
					Yuan.text(dailyRate), percent(share), Yuan.text(paidByShare), Yuan.text(minimumWage),
					Yuan.text(paid), Yuan.text(deduction), region.name());
		}
		else {
			BigDecimal deduction = Yuan.of(days.multiply(dailyRate).multiply(BigDecimal.ONE.subtract(share)));
			line = sickPay.byServiceYears()
					? PayLine.explained("SICK_LEAVE", "DEDUCTION", deduction, "payroll.explain.sickLeaveByYears",
							dayCount, Yuan.text(dailyRate), percent(share), Yuan.text(deduction), String.valueOf(years))
					: PayLine.explained("SICK_LEAVE", "DEDUCTION", deduction, "payroll.explain.sickLeave", dayCount,
							Yuan.text(dailyRate), percent(share), Yuan.text(deduction));
		}
		lines.add(line);
		gross.add(line.amount().negate());
		taxable.add(line.amount().negate());
	}

	/**
	 * The employee's housing fund above the tax-exempt limit — 12 % of three times the region's average monthly wage
	 * of the previous year — which is taxed like pay: an informational line explains it; 0 within the limit.
	 */
	private BigDecimal taxableHousingFund(StructureRow structure, Contributions contributions,
			List<PayLine> lines) {
		Region region = regions.get(structure.regionCode());
		if (contributions == null || region == null || region.averageMonthlyWage() == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal housingFund = contributions.housingFundEmployee();
		BigDecimal average = region.averageMonthlyWage();
		BigDecimal limit = Yuan.of(average.multiply(BigDecimal.valueOf(3)).multiply(HOUSING_FUND_EXEMPT_RATE));
		BigDecimal excess = Yuan.of(housingFund.subtract(limit));
		if (excess.signum() <= 0) {
			return BigDecimal.ZERO;
		}
		lines.add(PayLine.explained("HOUSING_FUND_TAXABLE", "INFO", excess, "payroll.explain.housingFundCap",
				Yuan.text(housingFund), Yuan.text(average), Yuan.text(limit), Yuan.text(excess)));
		return excess;
	}

	/** The published grade behind the month's performance factor, as a line of its own that names it. */
	private static void performanceGrade(EmployeePay employee, List<PayLine> lines) {
		if (employee.performance() != null) {
			lines.add(PayLine.explained("PERFORMANCE_GRADE", "INFO", employee.performanceFactor(),
					"payroll.explain.performanceGrade", employee.performance().grade(),
					employee.performance().cycleName(), employee.performanceFactor().toPlainString()));
		}
	}

	/** One-off inputs no salary item reads become lines of their own; returns the annual bonus (0 without). */
	private BigDecimal inputs(EmployeePay employee, List<PayLine> lines, Money gross, Money taxable) {
		BigDecimal bonus = BigDecimal.ZERO;
		for (var input : employee.inputs().entrySet()) {
			String code = input.getKey();
			BigDecimal amount = Yuan.of(input.getValue());
			if (readByItems.contains(code) || amount.signum() == 0) {
				continue;
			}
			if (BONUS.equals(code)) {
				bonus = amount;
			}
			boolean paid = amount.signum() > 0;
			lines.add(PayLine.explained(code, paid ? "EARNING" : "DEDUCTION", amount.abs(), "payroll.explain.input",
					Yuan.text(amount.abs())));
			gross.add(amount);
			taxable.add(amount);
		}
		return bonus;
	}

	private Contributions contributions(StructureRow structure, List<PayLine> lines) {
		Region region = regions.get(structure.regionCode());
		if (region == null) {
			return null;
		}
		BigDecimal base = structure.socialInsuranceBase() != null ? structure.socialInsuranceBase()
				: structure.monthlyPay();
		Contributions contributions = SocialInsurance.contributions(region, base, structure.housingFundRate());
		for (Contribution c : contributions.items()) {
			if (c.employee().signum() == 0) {
				continue;
			}
			BigDecimal fixed = region.items()
				.stream()
				.filter(item -> item.kind() == c.kind())
				.map(RegionItem::employeeFixed)
				.filter(amount -> amount != null && amount.signum() > 0)
				.findFirst()
				.orElse(null);
			lines.add(PayLine.explained(c.kind().name(), "CONTRIBUTION", c.employee(),
					fixed == null ? "payroll.explain.contribution" : "payroll.explain.contributionFixed",
					Yuan.text(c.base()), percent(c.employeeRate()), Yuan.text(c.employee()),
					fixed == null ? "" : Yuan.text(fixed)));
		}
		return contributions;
	}

	private static PayLine taxLine(MonthlyWithholding w, TaxYearToDate before) {
		var ytd = w.yearToDate();
		return PayLine.explained("TAX", "TAX", w.withheld(), "payroll.explain.tax", Yuan.text(w.cumulativeIncome()),
				Yuan.text(ytd.basicDeduction()), Yuan.text(ytd.socialInsurance()), Yuan.text(ytd.specialAdditional()),
				Yuan.text(w.cumulativeTaxableIncome()), percent(w.rate()), Yuan.text(w.quickDeduction()),
				Yuan.text(w.cumulativeTax()), Yuan.text(before.tax()), Yuan.text(w.withheld()));
	}

	private BigDecimal employedShare(EmployeePay employee) {
		long days = employedDays(employee);
		return days >= period.lengthOfMonth() ? BigDecimal.ONE
				: BigDecimal.valueOf(days).divide(BigDecimal.valueOf(period.lengthOfMonth()), 10, RoundingMode.HALF_UP);
	}

	private static long employedDays(EmployeePay employee) {
		return ChronoUnit.DAYS.between(employee.employedFrom(), employee.employedTo()) + 1;
	}

	private static String percent(BigDecimal rate) {
		return rate.movePointRight(2).stripTrailingZeros().toPlainString();
	}

	/** A running sum. */
	private static final class Money {

		private BigDecimal total = BigDecimal.ZERO;

		void add(BigDecimal amount) {
			total = total.add(amount);
		}

		BigDecimal total() {
			return Yuan.of(total);
		}
	}
}
