package io.renloop.payroll.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.payroll.BonusTaxMethod;
import io.renloop.platform.formula.FormulaEngine;
import io.renloop.payroll.internal.input.AttendanceInputs.MonthFigures;
import io.renloop.payroll.internal.region.ContributionKind;
import io.renloop.payroll.internal.region.Region;
import io.renloop.payroll.internal.region.RegionItem;
import io.renloop.payroll.internal.region.Rounding;
import io.renloop.payroll.internal.structure.StructureRow;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One employee's month from structure to net pay: social insurance clamped by the region, cumulative income tax,
 * the day rate of 21.75 days, sick pay, a separately taxed bonus, proration for a partial month, and a tenant's
 * overtime formula — each line with what it was computed from.
 */
class PayCalculatorExplainsEveryLineTests {

	static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	static final Region BEIJING = new Region("BJ", "北京", LocalDate.of(2025, 7, 1), List.of(
			item(ContributionKind.PENSION, "0.08", "0.16", null, Rounding.FEN),
			item(ContributionKind.MEDICAL, "0.02", "0.098", "3", Rounding.FEN),
			item(ContributionKind.UNEMPLOYMENT, "0.005", "0.005", null, Rounding.FEN),
			item(ContributionKind.HOUSING_FUND, "0.12", "0.12", null, Rounding.YUAN)));

	final FormulaEngine engine = new FormulaEngine();

	@Test
	void anOfficeMonthGoesFromGrossThroughContributionsAndTaxToNet() {
		PayResult result = calculator(List.of()).calculate(employee("10000", null, Map.of(), TaxYearToDate.NONE));

		assertThat(result.gross()).isEqualByComparingTo("10500.00");
		// 10,500 × 8 % + (10,500 × 2 % + 3) + 10,500 × 0.5 % + 10,500 × 12 % (to the yuan)
		assertThat(line(result, "PENSION").amount()).isEqualByComparingTo("840.00");
		assertThat(line(result, "MEDICAL").amount()).isEqualByComparingTo("213.00");
		assertThat(line(result, "UNEMPLOYMENT").amount()).isEqualByComparingTo("52.50");
		assertThat(line(result, "HOUSING_FUND").amount()).isEqualByComparingTo("1260.00");
		assertThat(result.socialInsurance()).isEqualByComparingTo("2365.50");
		// (10,500 − 5,000 − 2,365.50) × 3 % = 94.035 → 94.04
		assertThat(result.tax()).isEqualByComparingTo("94.04");
		assertThat(result.net()).isEqualByComparingTo("8040.46");
		assertThat(result.employerCost()).isGreaterThan(result.gross());
		assertThat(result.yearToDate().months()).isEqualTo(1);
		assertThat(line(result, "TAX").args()).contains("3,134.50", "3", "94.04");
	}

	@Test
	void theSocialInsuranceBaseIsClampedToTheRegionsCeiling() {
		PayResult result = calculator(List.of()).calculate(employee("50000", null, Map.of(), TaxYearToDate.NONE));

		assertThat(line(result, "PENSION").amount()).isEqualByComparingTo("2864.88"); // 35,811 × 8 %
		assertThat(line(result, "PENSION").args().get(0)).isEqualTo("35,811.00");
	}

	@Test
	void sickDaysCostTheShareOfTheDayRateThatIsNotPaid() {
		MonthFigures twoSickDays = new MonthFigures(21, 0, 0, BigDecimal.ZERO, new BigDecimal("2.00"), BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO);
		PayResult result = calculator(List.of()).calculate(employee("10000", twoSickDays, Map.of(), TaxYearToDate.NONE));

		PayLine sick = line(result, "SICK_LEAVE");
		assertThat(sick.amount()).isEqualByComparingTo("183.91");
		assertThat(sick.key()).isEqualTo("payroll.explain.sickLeave");
		assertThat(sick.args()).containsExactly("2", "459.77", "80", "183.91");
		assertThat(result.gross()).isEqualByComparingTo("10316.09");
	}

	@Test
	void aSeparatelyTaxedBonusIsTaxedOnItsOwnAndLeavesTheMonthlyTaxAlone() {
		PayResult withBonus = calculator(List.of())
			.calculate(employee("10000", null, Map.of("BONUS", new BigDecimal("36001")), TaxYearToDate.NONE));
		PayResult without = calculator(List.of()).calculate(employee("10000", null, Map.of(), TaxYearToDate.NONE));

		assertThat(line(withBonus, "BONUS_TAX").amount()).isEqualByComparingTo("3390.10");
		assertThat(line(withBonus, "TAX").amount()).isEqualByComparingTo(line(without, "TAX").amount());
		assertThat(withBonus.tax()).isEqualByComparingTo(without.tax().add(new BigDecimal("3390.10")));
		assertThat(withBonus.gross()).isEqualByComparingTo(without.gross().add(new BigDecimal("36001")));
	}

	@Test
	void aHireInTheMiddleOfTheMonthIsPaidForTheDaysEmployed() {
		EmployeePay hired = employee("10000", null, Map.of(), TaxYearToDate.NONE);
		hired = new EmployeePay(hired.employeeId(), hired.departmentId(), hired.structure(), LocalDate.of(2026, 11, 16),
				hired.employedTo(), null, Map.of(), BigDecimal.ZERO, TaxYearToDate.NONE, null);

		PayResult result = calculator(List.of()).calculate(hired);

		assertThat(line(result, "BASE").amount()).isEqualByComparingTo("5000.00");
		assertThat(line(result, "BASE").args()).containsExactly("10,000.00", "15", "30", "5,000.00");
		assertThat(line(result, "MEAL").amount()).isEqualByComparingTo("250.00");
	}

	@Test
	void aTenantFormulaReadsTheMonthAndExplainsItselfWithTheValuesItRead() {
		ItemRule overtime = new ItemRule("OVERTIME", "EARNING", true, "加班费", "Overtime pay", engine.compile(
				"hourlyRate * (overtimeWorkdayHours * 1.5 + overtimeRestDayHours * 2 + overtimeHolidayHours * 3)"));
		MonthFigures month = new MonthFigures(21, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("10"),
				new BigDecimal("8"), BigDecimal.ZERO);

		PayResult result = calculator(List.of(overtime)).calculate(employee("8700", month, Map.of(),
				TaxYearToDate.NONE));

		PayLine line = line(result, "OVERTIME");
		// 8,700 ÷ 174 = 50 an hour: 10 h × 150 % + 8 h × 200 % = 31 h → 1,550
		assertThat(line.amount()).isEqualByComparingTo("1550.00");
		assertThat(line.values()).containsEntry("hourlyRate", new BigDecimal("50.00"));
		assertThat(line.formula()).contains("overtimeWorkdayHours");
		assertThat(result.gross()).isEqualByComparingTo("10750.00");
	}

	@Test
	void theYearToDateCarriesOnFromTheMonthsBefore() {
		TaxYearToDate tenMonths = new TaxYearToDate(10, new BigDecimal("105000.00"), new BigDecimal("50000.00"),
				new BigDecimal("23655.00"), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				new BigDecimal("940.35"));

		PayResult result = calculator(List.of()).calculate(employee("10000", null, Map.of(), tenMonths));

		assertThat(result.yearToDate().months()).isEqualTo(11);
		assertThat(result.yearToDate().tax()).isEqualByComparingTo(tenMonths.tax().add(result.tax()));
	}

	private PayCalculator calculator(List<ItemRule> items) {
		return new PayCalculator(NOVEMBER, Map.of("BJ", BEIJING), items);
	}

	private static EmployeePay employee(String base, MonthFigures month, Map<String, BigDecimal> inputs,
			TaxYearToDate before) {
		StructureRow structure = new StructureRow(UUID.randomUUID(), LocalDate.of(2026, 1, 1), UUID.randomUUID(),
				new BigDecimal(base).setScale(2), Map.of("MEAL", new BigDecimal("500.00")), Map.of(), "BJ",
				new BigDecimal("0.12"), null, null, null, BonusTaxMethod.SEPARATE, "TEST", null, "test", Instant.now());
		return new EmployeePay(structure.employeeId(), null, structure, NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(),
				month, inputs, BigDecimal.ZERO, before, null);
	}

	private static PayLine line(PayResult result, String code) {
		return result.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
	}

	private static RegionItem item(ContributionKind kind, String employee, String employer, String fixed,
			Rounding rounding) {
		return new RegionItem(kind, new BigDecimal("7162"), new BigDecimal("35811"), new BigDecimal(employee),
				new BigDecimal(employer), fixed == null ? null : new BigDecimal(fixed), rounding);
	}
}
