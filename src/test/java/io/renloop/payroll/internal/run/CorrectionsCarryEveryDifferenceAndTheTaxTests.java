package io.renloop.payroll.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.payroll.BonusTaxMethod;
import io.renloop.payroll.internal.structure.StructureRow;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A published month recalculated (补发/补扣): every line that changed becomes a difference line, the tax year to date
 * changes by the difference, and the next month paying the differences ends the year to date exactly where it would
 * have been had the month been right the first time.
 */
class CorrectionsCarryEveryDifferenceAndTheTaxTests {

	static final UUID EMPLOYEE = UUID.randomUUID();

	final PayCalculator calculator = new PayCalculator(PayCalculatorExplainsEveryLineTests.NOVEMBER,
			Map.of("BJ", PayCalculatorExplainsEveryLineTests.BEIJING), List.of());

	@Test
	void aBackdatedRaiseDiffersInBaseContributionsAndTax() {
		PayResult published = month("10000", TaxYearToDate.NONE, List.of());
		PayResult recalculated = month("12000", TaxYearToDate.NONE, List.of());

		PayResult difference = corrected(published, recalculated);

		assertThat(line(difference, "DIFF_BASE").amount()).isEqualByComparingTo("2000.00");
		assertThat(line(difference, "DIFF_BASE").args()).containsExactly("2026-09", "10,000.00", "12,000.00",
				"+2,000.00");
		assertThat(line(difference, "DIFF_BASE").kind()).isEqualTo("EARNING");
		// contribution base 10,500 → 12,500: pension 8 % of 2,000, housing fund 12 % of 2,000
		assertThat(line(difference, "DIFF_PENSION").amount()).isEqualByComparingTo("160.00");
		assertThat(line(difference, "DIFF_HOUSING_FUND").amount()).isEqualByComparingTo("240.00");
		assertThat(difference.lines()).noneMatch(line -> line.code().equals("DIFF_MEAL"));
		// (10,500 − 5,000 − 2,365.50) × 3 % = 94.04; (12,500 − 5,000 − 2,815.50) × 3 % = 140.54
		assertThat(line(difference, "DIFF_TAX").amount()).isEqualByComparingTo("46.50");
		assertThat(difference.tax()).isEqualByComparingTo("46.50");
		assertThat(difference.gross()).isEqualByComparingTo("2000.00");
		assertThat(difference.net()).isEqualByComparingTo(recalculated.net().subtract(published.net()));
		assertThat(difference.yearToDate().income()).isEqualByComparingTo("2000.00");
		assertThat(difference.yearToDate().months()).isZero();
		assertThat(difference.yearToDate().tax()).isEqualByComparingTo("46.50");
	}

	@Test
	void theNextMonthPaysTheDifferencesAndEndsTheYearToDateWhereARightMonthWouldHave() {
		PayResult published = month("10000", TaxYearToDate.NONE, List.of());
		PayResult recalculated = month("12000", TaxYearToDate.NONE, List.of());
		PayResult difference = corrected(published, recalculated);
		CarriedDifference carried = carried(difference);

		PayResult next = month("12000", published.yearToDate(), List.of(carried));
		PayResult rightFirstTime = month("12000", recalculated.yearToDate(), List.of());

		assertThat(next.yearToDate()).isEqualTo(rightFirstTime.yearToDate());
		assertThat(next.tax()).isEqualByComparingTo(rightFirstTime.tax().add(new BigDecimal("46.50")));
		assertThat(line(next, "TAX").amount()).isEqualByComparingTo(line(rightFirstTime, "TAX").amount());
		assertThat(line(next, "DIFF_TAX").amount()).isEqualByComparingTo("46.50");
		assertThat(next.gross()).isEqualByComparingTo(rightFirstTime.gross().add(new BigDecimal("2000.00")));
		assertThat(next.net()).isEqualByComparingTo(rightFirstTime.net().add(difference.net()));
		assertThat(next.socialInsurance()).isEqualByComparingTo(rightFirstTime.socialInsurance().add(
				difference.socialInsurance()));
		assertThat(next.employerCost()).isEqualByComparingTo(rightFirstTime.employerCost().add(
				difference.employerCost()));
	}

	@Test
	void lessTaxIsNotRefundedWithinTheYearButWithheldLessLater() {
		PayResult published = month("12000", TaxYearToDate.NONE, List.of());
		PayResult recalculated = month("10000", TaxYearToDate.NONE, List.of());

		PayResult difference = corrected(published, recalculated);

		PayLine tax = line(difference, "DIFF_TAX");
		assertThat(tax.kind()).isEqualTo("INFO");
		assertThat(tax.amount()).isEqualByComparingTo("-46.50");
		assertThat(tax.key()).isEqualTo("payroll.explain.taxCredited");
		assertThat(difference.yearToDate().tax()).isEqualByComparingTo("0.00");
		assertThat(difference.tax()).isEqualByComparingTo("0.00");
		assertThat(line(difference, "DIFF_BASE").args().get(3)).isEqualTo("−2,000.00");
		// the lower pay less its lower contributions; the tax stays withheld
		assertThat(difference.net()).isEqualByComparingTo(
				recalculated.net().subtract(published.net()).subtract(new BigDecimal("46.50")));

		CarriedDifference carried = carried(difference);
		PayResult next = month("10000", published.yearToDate(), List.of(carried));
		PayResult rightFirstTime = month("10000", recalculated.yearToDate(), List.of());
		assertThat(next.yearToDate().income()).isEqualByComparingTo(rightFirstTime.yearToDate().income());
		assertThat(next.tax()).isLessThan(rightFirstTime.tax());
		assertThat(next.yearToDate().tax()).isEqualByComparingTo(published.tax().add(next.tax()));
	}

	@Test
	void aMonthThatDidNotChangeHasNoDifferencesAndASecondCorrectionComparesWithTheFirst() {
		PayResult published = month("10000", TaxYearToDate.NONE, List.of());
		PayResult recalculated = month("12000", TaxYearToDate.NONE, List.of());

		assertThat(corrected(published, month("10000", TaxYearToDate.NONE, List.of()))).isNull();

		PayResult first = corrected(published, recalculated);
		var afterFirst = new CorrectionDifferences.Published().add(published).add(first);
		assertThat(CorrectionDifferences.between("2026-09", afterFirst, recalculated)).isNull();
		PayResult second = CorrectionDifferences.between("2026-09", afterFirst,
				month("12500", TaxYearToDate.NONE, List.of()));
		assertThat(line(second, "DIFF_BASE").amount()).isEqualByComparingTo("500.00");
	}

	@Test
	void someoneMissingFromThePublishedMonthHasTheirWholeMonthAsDifference() {
		PayResult recalculated = month("10000", TaxYearToDate.NONE, List.of());

		PayResult difference = CorrectionDifferences.between("2026-09", null, recalculated);

		assertThat(line(difference, "DIFF_BASE").amount()).isEqualByComparingTo("10000.00");
		assertThat(difference.yearToDate()).isEqualTo(recalculated.yearToDate());
		assertThat(difference.net()).isEqualByComparingTo(recalculated.net());
	}

	private static PayResult corrected(PayResult published, PayResult recalculated) {
		return CorrectionDifferences.between("2026-09", new CorrectionDifferences.Published().add(published),
				recalculated);
	}

	private static CarriedDifference carried(PayResult difference) {
		return new CarriedDifference("2026-09", difference.lines(), difference.yearToDate(), difference.gross(),
				difference.employerCost());
	}

	private PayResult month(String base, TaxYearToDate before, List<CarriedDifference> carried) {
		StructureRow structure = new StructureRow(EMPLOYEE, LocalDate.of(2026, 1, 1), UUID.randomUUID(),
				new BigDecimal(base).setScale(2), Map.of("MEAL", new BigDecimal("500.00")), Map.of(), "BJ",
				new BigDecimal("0.12"), null, null, null, BonusTaxMethod.SEPARATE, "TEST", null, "test", Instant.now());
		var month = PayCalculatorExplainsEveryLineTests.NOVEMBER;
		return calculator.calculate(new EmployeePay(EMPLOYEE, null, structure, month.atDay(1), month.atEndOfMonth(),
				null, Map.of(), BigDecimal.ZERO, before, null, carried, null));
	}

	private static PayLine line(PayResult result, String code) {
		return result.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow(
				() -> new AssertionError(code + " not in " + result.lines()));
	}
}
