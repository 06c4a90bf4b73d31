package io.renloop.payroll.internal.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cumulative withholding method (SAT announcement 2018 No. 61): the year's taxable income so far against the
 * annual table, less what was withheld before; to the fen, never negative within the year.
 */
class CumulativeWithholdingTaxesTheYearToDateTests {

	/** The tax authority's example: 30,000 a month, 4,500 social insurance and housing fund, 2,000 declared. */
	static final MonthlyTaxInput EXAMPLE_MONTH = month("30000", "4500", "2000", "0");

	@Test
	void theTaxAuthoritysExampleWithholdsEachMonthTheIncreaseOfTheCumulativeTax() {
		List<MonthlyWithholding> year = months(TaxYearToDate.NONE, 12, EXAMPLE_MONTH);

		// cumulative taxable income grows by 18,500 a month: 555 (3%), then 10% from February, 20% from August
		assertThat(year).extracting(MonthlyWithholding::withheld)
			.containsExactly(yuan("555.00"), yuan("625.00"), yuan("1850.00"), yuan("1850.00"), yuan("1850.00"),
					yuan("1850.00"), yuan("1850.00"), yuan("2250.00"), yuan("3700.00"), yuan("3700.00"),
					yuan("3700.00"), yuan("3700.00"));
	}

	@Test
	void decemberExplainsTheWholeYear() {
		MonthlyWithholding december = months(TaxYearToDate.NONE, 12, EXAMPLE_MONTH).get(11);

		assertThat(december.cumulativeIncome()).isEqualTo(yuan("360000.00"));
		assertThat(december.cumulativeTaxableIncome()).isEqualTo(yuan("222000.00"));
		assertThat(december.rate()).isEqualTo(new BigDecimal("0.20"));
		assertThat(december.quickDeduction()).isEqualTo(yuan("16920.00"));
		assertThat(december.cumulativeTax()).isEqualTo(yuan("27480.00"));
		assertThat(december.yearToDate()).isEqualTo(new TaxYearToDate(12, yuan("360000.00"), yuan("60000.00"),
				yuan("54000.00"), yuan("24000.00"), yuan("0.00"), yuan("27480.00")));
	}

	@Test
	void aMidYearHireGetsTheBasicDeductionOnlyForTheMonthsEmployed() {
		// first month employed here: July; it counts as month 1, so July withholds as January would
		List<MonthlyWithholding> julyToDecember = months(TaxYearToDate.NONE, 6, EXAMPLE_MONTH);

		assertThat(julyToDecember).extracting(MonthlyWithholding::withheld)
			.containsExactly(yuan("555.00"), yuan("625.00"), yuan("1850.00"), yuan("1850.00"), yuan("1850.00"),
					yuan("1850.00"));
		assertThat(julyToDecember.get(5).yearToDate().months()).isEqualTo(6);
		assertThat(julyToDecember.get(5).yearToDate().basicDeduction()).isEqualTo(yuan("30000.00"));
		assertThat(julyToDecember.get(5).cumulativeTax()).isEqualTo(yuan("8580.00"));
	}

	@Test
	void aLeaversLastMonthIsAnOrdinaryMonthWithoutTheRestOfTheYearsDeductions() {
		MonthlyWithholding march = months(TaxYearToDate.NONE, 3, EXAMPLE_MONTH).get(2);

		// leaves mid-April with half a month's pay; April still brings a whole basic deduction, May-December none
		MonthlyWithholding april = CumulativeWithholding.next(march.yearToDate(), month("15000", "4500", "2000", "0"));

		assertThat(april.yearToDate().basicDeduction()).isEqualTo(yuan("20000.00"));
		assertThat(april.cumulativeTaxableIncome()).isEqualTo(yuan("59000.00"));
		assertThat(april.cumulativeTax()).isEqualTo(yuan("3380.00"));
		assertThat(april.withheld()).isEqualTo(yuan("350.00"));
	}

	@Test
	void aBonusMergedIntoTheMonthIsTaxedAsPartOfTheMonthsIncome() {
		MonthlyTaxInput januaryWithBonus = EXAMPLE_MONTH.withBonusMerged(yuan("36000.00"));

		MonthlyWithholding january = CumulativeWithholding.next(TaxYearToDate.NONE, januaryWithBonus);
		MonthlyWithholding february = CumulativeWithholding.next(january.yearToDate(), EXAMPLE_MONTH);

		assertThat(januaryWithBonus.income()).isEqualTo(yuan("66000.00"));
		assertThat(january.cumulativeTaxableIncome()).isEqualTo(yuan("54500.00"));
		assertThat(january.withheld()).isEqualTo(yuan("2930.00"));
		assertThat(february.withheld()).isEqualTo(yuan("1850.00"));
	}

	@Test
	void incomeBelowTheDeductionsWithholdsNothing() {
		MonthlyWithholding month = CumulativeWithholding.next(TaxYearToDate.NONE, month("4000", "400", "0", "0"));

		assertThat(month.cumulativeTaxableIncome()).isEqualTo(yuan("0.00"));
		assertThat(month.rate()).isEqualTo(new BigDecimal("0.03"));
		assertThat(month.cumulativeTax()).isEqualTo(yuan("0.00"));
		assertThat(month.withheld()).isEqualTo(yuan("0.00"));
	}

	@Test
	void aLowerMonthNeverWithholdsANegativeAmountAndTheExcessStaysWithheld() {
		MonthlyWithholding january = CumulativeWithholding.next(TaxYearToDate.NONE, EXAMPLE_MONTH);
		// unpaid leave: the year's cumulative tax falls to 210.00, below the 555.00 withheld in January
		MonthlyWithholding february = CumulativeWithholding.next(january.yearToDate(), month("0", "4500", "2000", "0"));
		MonthlyWithholding march = CumulativeWithholding.next(february.yearToDate(), EXAMPLE_MONTH);

		assertThat(february.cumulativeTax()).isEqualTo(yuan("210.00"));
		assertThat(february.withheld()).isEqualTo(yuan("0.00"));
		assertThat(february.yearToDate().tax()).isEqualTo(yuan("555.00"));
		// cumulative tax 765.00: only what exceeds the 555.00 already withheld
		assertThat(march.withheld()).isEqualTo(yuan("210.00"));
		assertThat(march.yearToDate().tax()).isEqualTo(yuan("765.00"));
	}

	@Test
	void otherDeductionsReduceTheTaxableIncome() {
		MonthlyWithholding month = CumulativeWithholding.next(TaxYearToDate.NONE, month("30000", "4500", "2000", "200"));

		assertThat(month.cumulativeTaxableIncome()).isEqualTo(yuan("18300.00"));
		assertThat(month.withheld()).isEqualTo(yuan("549.00"));
	}

	@ParameterizedTest(name = "taxable {0}: {1}")
	@CsvSource({ "5000.16, 150.00", "5000.17, 150.01", "40000.04, 1480.00", "40000.05, 1480.01" })
	void theTaxIsRoundedToTheFenHalfUp(String taxable, String tax) {
		// one month: the taxable income is the income less the 5,000 basic deduction
		MonthlyWithholding month = CumulativeWithholding.next(TaxYearToDate.NONE,
				month(new BigDecimal(taxable).add(CumulativeWithholding.MONTHLY_BASIC_DEDUCTION).toPlainString(), "0",
						"0", "0"));

		assertThat(month.withheld()).isEqualTo(yuan(tax));
	}

	@ParameterizedTest(name = "taxable {0}: {1} - {2} = {3}")
	@CsvSource({ "36000.00, 0.03, 0.00, 1080.00", "36000.01, 0.10, 2520.00, 1080.00",
			"144000.00, 0.10, 2520.00, 11880.00", "144000.01, 0.20, 16920.00, 11880.00",
			"300000.00, 0.20, 16920.00, 43080.00", "300000.01, 0.25, 31920.00, 43080.00",
			"420000.00, 0.25, 31920.00, 73080.00", "420000.01, 0.30, 52920.00, 73080.00",
			"660000.00, 0.30, 52920.00, 145080.00", "660000.01, 0.35, 85920.00, 145080.00",
			"960000.00, 0.35, 85920.00, 250080.00", "960000.01, 0.45, 181920.00, 250080.00" })
	void eachBracketLimitBelongsToTheLowerBracketAndTheTaxIsContinuous(String taxable, String rate, String quick,
			String tax) {
		MonthlyWithholding month = CumulativeWithholding.next(TaxYearToDate.NONE,
				month(new BigDecimal(taxable).add(CumulativeWithholding.MONTHLY_BASIC_DEDUCTION).toPlainString(), "0",
						"0", "0"));

		assertThat(month.rate()).isEqualTo(new BigDecimal(rate));
		assertThat(month.quickDeduction()).isEqualTo(yuan(quick));
		assertThat(month.cumulativeTax()).isEqualTo(yuan(tax));
	}

	@Test
	void negativeAmountsAndFractionsOfAFenAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CumulativeWithholding.next(TaxYearToDate.NONE, month("-1", "0", "0", "0")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CumulativeWithholding.next(TaxYearToDate.NONE, month("10000", "0.001", "0", "0")));
	}

	@Test
	void aYearHasNoThirteenthMonth() {
		TaxYearToDate december = months(TaxYearToDate.NONE, 12, EXAMPLE_MONTH).get(11).yearToDate();

		assertThatIllegalArgumentException().isThrownBy(() -> CumulativeWithholding.next(december, EXAMPLE_MONTH));
	}

	static List<MonthlyWithholding> months(TaxYearToDate start, int count, MonthlyTaxInput each) {
		return CumulativeWithholding.months(start, Collections.nCopies(count, each));
	}

	static MonthlyTaxInput month(String income, String socialInsurance, String specialAdditional, String other) {
		return new MonthlyTaxInput(new BigDecimal(income), new BigDecimal(socialInsurance),
				new BigDecimal(specialAdditional), new BigDecimal(other));
	}

	static BigDecimal yuan(String amount) {
		return new BigDecimal(amount);
	}
}
