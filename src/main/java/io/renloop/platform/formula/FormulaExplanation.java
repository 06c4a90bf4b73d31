package io.renloop.platform.formula;

import io.renloop.platform.formula.FormulaToken.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A formula as a reader (of a payslip, of a review) understands it: {@code performanceFactor * base * 0.1} with its values becomes
 * {@code 绩效系数 1.10 × 基本工资 10,000.00 × 10% = 1,100.00}. Rules, kept few so that they are predictable: every variable
 * is shown as its label and value (values with thousands separators and two decimals); {@code * / -} become
 * {@code × ÷ −}; a literal between 0 and 1 that multiplies is shown as a percentage; everything else as written.
 */
public final class FormulaExplanation {

	private static final Set<String> GLUED_BEFORE = Set.of(")", ",");

	private static final Map<String, String> SIGNS = Map.of("*", "×", "/", "÷", "-", "−");

	private FormulaExplanation() {
	}

	/**
	 * @param source the formula
	 * @param values the values of its variables (a missing one is shown by its label alone)
	 * @param label the label of a variable in the reader's language; null shows the name
	 * @param result the formula's result
	 * @throws FormulaException when the source is no valid formula
	 */
	public static String render(String source, Map<String, Object> values, Function<String, String> label,
			BigDecimal result) {
		List<FormulaToken> tokens = FormulaTokens.screen(source);
		StringBuilder text = new StringBuilder();
		boolean glueNext = true;
		for (int i = 0; i < tokens.size(); i++) {
			FormulaToken token = tokens.get(i);
			boolean unary = token.is(Kind.OPERATOR, "-") && (i == 0 || startsOperand(tokens.get(i - 1)));
			if (!glueNext && !GLUED_BEFORE.contains(token.text())) {
				text.append(' ');
			}
			text.append(shown(tokens, i, values, label));
			glueNext = token.kind() == Kind.OPEN || token.kind() == Kind.FUNCTION || unary;
		}
		return text.append(" = ").append(amount(result)).toString();
	}

	/** After these a minus is a sign, not a subtraction. */
	private static boolean startsOperand(FormulaToken previous) {
		return previous.kind() == Kind.OPERATOR || previous.kind() == Kind.OPEN || previous.kind() == Kind.COMMA;
	}

	private static String shown(List<FormulaToken> tokens, int i, Map<String, Object> values,
			Function<String, String> label) {
		FormulaToken token = tokens.get(i);
		return switch (token.kind()) {
			case VARIABLE -> variable(token.text(), values, label);
			case NUMBER -> multipliesBy(tokens, i) ? percentage(new BigDecimal(token.text())) : token.text();
			case OPERATOR -> SIGNS.getOrDefault(token.text(), token.text());
			default -> token.text();
		};
	}

	private static String variable(String name, Map<String, Object> values, Function<String, String> label) {
		String shownName = label.apply(name) != null ? label.apply(name) : name;
		Object value = values.get(name);
		return value == null ? shownName : shownName + " " + amount(SandboxedFormula.decimal(name, value));
	}

	/** A literal between 0 and 1 next to a multiplication: a rate. */
	private static boolean multipliesBy(List<FormulaToken> tokens, int i) {
		BigDecimal literal = new BigDecimal(tokens.get(i).text());
		boolean rate = literal.signum() > 0 && literal.compareTo(BigDecimal.ONE) < 0;
		boolean afterTimes = i > 0 && tokens.get(i - 1).is(Kind.OPERATOR, "*");
		boolean beforeTimes = i + 1 < tokens.size() && tokens.get(i + 1).is(Kind.OPERATOR, "*");
		return rate && (afterTimes || beforeTimes);
	}

	private static String percentage(BigDecimal rate) {
		return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	/** 10,000.00 in both languages: payslips in China write amounts this way. */
	static String amount(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}
}
