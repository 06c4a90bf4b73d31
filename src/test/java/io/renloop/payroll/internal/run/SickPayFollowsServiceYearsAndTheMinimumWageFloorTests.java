package io.renloop.payroll.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.payroll.BonusTaxMethod;
import io.renloop.payroll.internal.input.AttendanceInputs.MonthFigures;
import io.renloop.payroll.internal.region.Region;
import io.renloop.payroll.internal.sickpay.SickPayTiers;
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
 * Sick days are paid at the tenant's share of the day rate for the employee's years of service, but never below 80 %
 * of the local minimum wage's day; the line says which applied. Above the tax-exempt limit of the housing fund (12 %
 * of three times last year's local average wage) the excess is taxed.
 */
class SickPayFollowsServiceYearsAndTheMinimumWageFloorTests {

	static final YearMonth NOVEMBER = PayCalculatorExplainsEveryLineTests.NOVEMBER;

	static final MonthFigures TWO_SICK_DAYS = new MonthFigures(21, 0, 0, BigDecimal.ZERO, new BigDecimal("2.00"),
			BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	static final SickPayTiers BY_YEARS = new SickPayTiers(List.of(new SickPayTiers.Tier(0, new BigDecimal("0.60")),
			new SickPayTiers.Tier(2, new BigDecimal("0.70")), new SickPayTiers.Tier(8, new BigDecimal("1.00"))));

	@Test
	void theShareFollowsTheYearsOfServiceAtTheMonthsEnd() {
		PayLine threeYears = sickLine(BY_YEARS, beijing("2540", null), "10000", LocalDate.of(2023, 6, 1));
		// 459.77 × 2 × 30 %
		assertThat(threeYears.amount()).isEqualByComparingTo("275.86");
		assertThat(threeYears.key()).isEqualTo("payroll.explain.sickLeaveByYears");
		assertThat(threeYears.args()).containsExactly("2", "459.77", "70", "275.86", "3");

		PayLine oneYear = sickLine(BY_YEARS, beijing("2540", null), "10000", LocalDate.of(2025, 12, 1));
		assertThat(oneYear.args()).containsExactly("2", "459.77", "60", "367.82", "0");
		PayLine tenYears = sickLine(BY_YEARS, beijing("2540", null), "10000", LocalDate.of(2016, 11, 30));
		assertThat(tenYears.amount()).isEqualByComparingTo("0.00");
	}

	@Test
	void aLowDayRateIsRaisedToEightyPercentOfTheMinimumWage() {
		// 3,000 ÷ 21.75 = 137.93 a day; 60 % = 82.76 is below 2,540 × 80 % ÷ 21.75 = 93.43
		PayLine line = sickLine(BY_YEARS, beijing("2540", null), "3000", LocalDate.of(2026, 1, 1));

		assertThat(line.key()).isEqualTo("payroll.explain.sickLeaveFloor");
		assertThat(line.args()).containsExactly("2", "137.93", "60", "82.76", "2,540.00", "93.43", "89.00", "北京");
		assertThat(line.amount()).isEqualByComparingTo("89.00"); // 2 × (137.93 − 93.43)
	}

	@Test
	void theDefaultPaysEightyPercentAndWithoutAMinimumWageThereIsNoFloor() {
		PayLine line = sickLine(SickPayTiers.DEFAULT, beijing(null, null), "1000", LocalDate.of(2020, 1, 1));

		assertThat(line.key()).isEqualTo("payroll.explain.sickLeave");
		assertThat(line.args()).containsExactly("2", "45.98", "80", "18.39");
	}

	@Test
	void theHousingFundAboveTwelvePercentOfThreeAverageWagesIsTaxed() {
		// a tenant's Beijing with a fund ceiling above three average wages: 40,000 × 12 % = 4,800 against the
		// exempt 10,000 × 3 × 12 % = 3,600
		Region generous = new Region("BJ", "北京", LocalDate.of(2025, 7, 1), PayCalculatorExplainsEveryLineTests.BEIJING
			.items()
			.stream()
			.map(item -> new io.renloop.payroll.internal.region.RegionItem(item.kind(), item.baseFloor(),
					new BigDecimal("50000"), item.employeeRate(), item.employerRate(), item.employeeFixed(),
					item.rounding()))
			.toList(), null, new BigDecimal("10000"));
		PayResult capped = calculate(SickPayTiers.DEFAULT, generous, "39500", LocalDate.of(2020, 1, 1), null);
		PayResult uncapped = calculate(SickPayTiers.DEFAULT, new Region("BJ", "北京", generous.effectiveFrom(),
				generous.items()), "39500", LocalDate.of(2020, 1, 1), null);

		PayLine excess = capped.lines().stream().filter(l -> l.code().equals("HOUSING_FUND_TAXABLE")).findFirst()
			.orElseThrow();
		assertThat(excess.kind()).isEqualTo("INFO");
		assertThat(excess.args()).containsExactly("4,800.00", "10,000.00", "3,600.00", "1,200.00");
		assertThat(capped.yearToDate().socialInsurance())
			.isEqualByComparingTo(uncapped.yearToDate().socialInsurance().subtract(new BigDecimal("1200")));
		// 1,200 more taxable in the 10 % bracket (the month's taxable income is past 3,000... of the annual 36,000)
		assertThat(capped.tax()).isGreaterThan(uncapped.tax());
		assertThat(capped.socialInsurance()).isEqualByComparingTo(uncapped.socialInsurance());
		assertThat(capped.net()).isEqualByComparingTo(uncapped.net().subtract(capped.tax().subtract(uncapped.tax())));
	}

	private static Region beijing(String minimumWage, String averageWage) {
		Region builtIn = PayCalculatorExplainsEveryLineTests.BEIJING;
		return new Region("BJ", "北京", builtIn.effectiveFrom(), builtIn.items(),
				minimumWage == null ? null : new BigDecimal(minimumWage),
				averageWage == null ? null : new BigDecimal(averageWage));
	}

	private static PayLine sickLine(SickPayTiers tiers, Region region, String base, LocalDate hired) {
		return calculate(tiers, region, base, hired, TWO_SICK_DAYS).lines()
			.stream()
			.filter(l -> l.code().equals("SICK_LEAVE"))
			.findFirst()
			.orElseThrow();
	}

	private static PayResult calculate(SickPayTiers tiers, Region region, String base, LocalDate hired,
			MonthFigures month) {
		StructureRow structure = new StructureRow(UUID.randomUUID(), LocalDate.of(2026, 1, 1), UUID.randomUUID(),
				new BigDecimal(base).setScale(2), Map.of("MEAL", new BigDecimal("500.00")), Map.of(), "BJ",
				new BigDecimal("0.12"), null, null, null, BonusTaxMethod.SEPARATE, "TEST", null, "test", Instant.now());
		return new PayCalculator(NOVEMBER, Map.of("BJ", region), List.of(), tiers).calculate(new EmployeePay(
				structure.employeeId(), null, structure, NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), month, Map.of(),
				BigDecimal.ZERO, TaxYearToDate.NONE, null, List.of(), hired));
	}
}
