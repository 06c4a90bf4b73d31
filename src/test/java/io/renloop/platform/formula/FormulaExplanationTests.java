package io.renloop.platform.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A formula is explained with its labels, values and result, as a payslip reader reads it. */
class FormulaExplanationTests {

	static final Map<String, String> ZH = Map.of("performanceFactor", "绩效系数", "base", "基本工资", "hourlyRate", "小时工资",
			"overtimeWorkdayHours", "工作日加班小时", "overtimeRestDayHours", "休息日加班小时");

	static final Map<String, String> EN = Map.of("performanceFactor", "Performance factor", "base", "Base salary");

	@Test
	void variablesShowLabelAndValueAndRatesShowAsPercentages() {
		assertThat(FormulaExplanation.render("performanceFactor * base * 0.1",
				Map.of("performanceFactor", new BigDecimal("1.1"), "base", 10_000), ZH::get, new BigDecimal("1100")))
			.isEqualTo("绩效系数 1.10 × 基本工资 10,000.00 × 10% = 1,100.00");
	}

	@Test
	void englishLabelsWorkTheSameWay() {
		assertThat(FormulaExplanation.render("performanceFactor * base * 0.1",
				Map.of("performanceFactor", 1, "base", new BigDecimal("12345.678")), EN::get, new BigDecimal("1234.57")))
			.isEqualTo("Performance factor 1.00 × Base salary 12,345.68 × 10% = 1,234.57");
	}

	@Test
	void parenthesesFunctionsAndSignsAreKept() {
		assertThat(FormulaExplanation.render("hourlyRate * (overtimeWorkdayHours * 1.5 + overtimeRestDayHours * 2) - min(base, 100) / -2",
				Map.of("hourlyRate", 57, "overtimeWorkdayHours", 2, "overtimeRestDayHours", 0, "base", 1000), ZH::get,
				new BigDecimal("221")))
			.isEqualTo("小时工资 57.00 × (工作日加班小时 2.00 × 1.5 + 休息日加班小时 0.00 × 2) − min(基本工资 1,000.00, 100) ÷ −2 = 221.00");
	}

	@Test
	void unlabelledVariablesShowTheirName() {
		assertThat(FormulaExplanation.render("BONUS_Q4 * 0.5", Map.of("BONUS_Q4", 3000), name -> null, new BigDecimal("1500")))
			.isEqualTo("BONUS_Q4 3,000.00 × 50% = 1,500.00");
	}
}
