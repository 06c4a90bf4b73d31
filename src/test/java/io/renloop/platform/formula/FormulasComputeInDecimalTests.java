package io.renloop.platform.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formulas compute with decimals, never binary floating point, and round the result to fen, half up. */
class FormulasComputeInDecimalTests {

	static final FormulaEngine ENGINE = new FormulaEngine();

	static BigDecimal evaluate(String formula, Map<String, Object> variables) {
		return ENGINE.compile(formula).evaluate(variables);
	}

	@Test
	void tenthsAddUpExactly() {
		assertThat(evaluate("0.1 + 0.2 == 0.3 ? 1 : 0", Map.of())).isEqualByComparingTo("1");
		assertThat(evaluate("0.1 + 0.2", Map.of())).isEqualTo(new BigDecimal("0.30"));
	}

	@Test
	void resultsHaveTwoDecimalsRoundedHalfUp() {
		assertThat(evaluate("2.675 * 1", Map.of())).isEqualTo(new BigDecimal("2.68"));
		assertThat(evaluate("base / 21.75", Map.of("base", 10_000))).isEqualTo(new BigDecimal("459.77"));
		assertThat(evaluate("1 / 3", Map.of())).isEqualTo(new BigDecimal("0.33"));
	}

	@Test
	void variablesOfAnyNumberTypeAreReadAsDecimals() {
		assertThat(evaluate("a + b + c", Map.of("a", 1, "b", 0.1d, "c", new BigDecimal("0.2")))).isEqualTo(new BigDecimal("1.30"));
	}

	@Test
	void allowedFunctionsAndTheTernaryWork() {
		assertThat(evaluate("min(a, 100) + max(a, 100)", Map.of("a", 50))).isEqualByComparingTo("150");
		assertThat(evaluate("math.abs(0 - a)", Map.of("a", 7))).isEqualByComparingTo("7");
		assertThat(evaluate("round(2.5) + round(1.005, 2)", Map.of())).isEqualTo(new BigDecimal("4.01"));
		assertThat(evaluate("lateMinutes > 30 && absentDays == 0 ? 50 : 0", Map.of("lateMinutes", 31, "absentDays", 0)))
			.isEqualByComparingTo("50");
	}

	@Test
	void variablesAreListedInTheOrderTheyAppear() {
		assertThat(ENGINE.compile("hourlyRate * (overtimeWorkdayHours * 1.5 + BONUS) - hourlyRate").variables())
			.containsExactly("hourlyRate", "overtimeWorkdayHours", "BONUS");
	}

	@Test
	void divisionByZeroIsAFormulaError() {
		assertRefused(() -> evaluate("base / absentDays", Map.of("base", 1, "absentDays", 0)), "formula.divisionByZero");
	}

	@Test
	void aMissingVariableIsNamed() {
		assertThatThrownBy(() -> evaluate("base * 2", Map.of())).isInstanceOf(FormulaException.class)
			.satisfies(ex -> assertThat(((FormulaException) ex).arguments()).containsExactly("base"))
			.hasMessage("formula.missingVariable");
	}

	@Test
	void aVariableThatIsNoNumberIsRefused() {
		assertRefused(() -> evaluate("base * 2", Map.of("base", "10000")), "formula.variableNotNumber");
	}

	@Test
	void aResultThatIsNoNumberIsRefused() {
		assertRefused(() -> evaluate("base > 1", Map.of("base", 2)), "formula.notANumber");
	}

	@Test
	void anAstronomicalResultIsRefused() {
		assertRefused(() -> evaluate("9999999999 * 9999999999 * 9999999999", Map.of()), "formula.outOfRange");
	}

	@Test
	void syntaxErrorsNameTheirPosition() {
		assertThatThrownBy(() -> ENGINE.compile("base * (1 + ")).isInstanceOf(FormulaException.class)
			.hasMessage("formula.syntax");
		assertThatThrownBy(() -> ENGINE.compile("base * * 2")).isInstanceOf(FormulaException.class);
	}

	@Test
	void overlongAndEmptyFormulasAreRefused() {
		assertRefused(() -> ENGINE.compile("1+".repeat(1000) + "1"), "formula.tooLong");
		assertRefused(() -> ENGINE.compile("  "), "formula.empty");
	}

	@Test
	void anEvaluationOverTheTimeLimitIsRefused() {
		FormulaEngine impatient = new FormulaEngine(java.time.Duration.ofNanos(1));
		String longest = "base * 1.5 + base / 3 + ".repeat(80) + "base";
		assertRefused(() -> impatient.compile(longest).evaluate(Map.of("base", 1)), "formula.timeout");
		assertThat(ENGINE.compile(longest).evaluate(Map.of("base", 1))).isEqualByComparingTo("147.67");
	}

	static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(FormulaException.class).hasMessage(key);
	}
}
