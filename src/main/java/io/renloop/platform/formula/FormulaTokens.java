package io.renloop.platform.formula;

import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.exception.ExpressionSyntaxErrorException;
import com.googlecode.aviator.lexer.ExpressionLexer;
import com.googlecode.aviator.lexer.token.Token;
import io.renloop.platform.formula.FormulaToken.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lexical screen of a formula: Aviator's own lexer splits it, and only numbers, plain names, the allowed functions,
 * {@code true}/{@code false}, arithmetic, comparison, logic, the ternary, parentheses and commas pass. Strings,
 * regular expressions, dotted names ({@code java.io.File}, {@code seq.list}), internal names ({@code __env__}),
 * keywords ({@code new}, {@code let}, {@code use}, {@code for}...), {@code **}, bit operators and statements are
 * refused here, with their position, before any of it reaches the parser.
 */
final class FormulaTokens {

	/** Used for lexing only; formulas never run in it. */
	private static final AviatorEvaluatorInstance LEXER = FormulaSandbox.create(Duration.ofSeconds(1));

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/** Plain decimals: no exponents, hex, octal or type suffixes (1e1000000 would be cheap to write, not to print). */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,15}(\\.\\d{1,10})?(?![\\w.])");

	private static final Set<String> OPERATORS = Set.of("+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "!",
			"&&", "||", "?", ":");

	/** Characters that form an operator together with their neighbour. */
	private static final String JOINING = "=<>!&|*~^";

	private FormulaTokens() {
	}

	/** @throws FormulaException naming the position and token of the first thing formulas may not contain */
	static List<FormulaToken> screen(String source) {
		List<Token<?>> raw = lex(source);
		List<FormulaToken> tokens = new ArrayList<>(raw.size());
		for (int i = 0; i < raw.size(); i++) {
			Token<?> token = raw.get(i);
			int start = startOf(token, source, tokens);
			switch (token.getType().name()) {
				case "Number" -> tokens.add(number(source, token, start));
				case "Variable" -> tokens.add(name(source, token, start, i + 1 < raw.size() && raw.get(i + 1).getLexeme().equals("(")));
				case "Char" -> i = symbol(raw, i, start, tokens);
				default -> throw forbidden(start, source.substring(start, Math.min(source.length(), start + 10)));
			}
			requireOperand(tokens);
		}
		return tokens;
	}

	/**
	 * An operator after an operator must be a sign ({@code a * -b}, {@code !!a}): Aviator reads {@code a * * b} as
	 * the power {@code a ** b} and {@code a < < b} as a shift.
	 */
	private static void requireOperand(List<FormulaToken> tokens) {
		int last = tokens.size() - 1;
		if (last > 0 && tokens.get(last).kind() == Kind.OPERATOR && tokens.get(last - 1).kind() == Kind.OPERATOR
				&& !tokens.get(last).text().equals("-") && !tokens.get(last).text().equals("!")) {
			FormulaToken token = tokens.get(last);
			throw FormulaErrors.forbidden(token.position(), tokens.get(last - 1).text() + " " + token.text());
		}
	}

	private static List<Token<?>> lex(String source) {
		try {
			ExpressionLexer lexer = new ExpressionLexer(LEXER, source);
			List<Token<?>> tokens = new ArrayList<>();
			for (Token<?> token = lexer.scan(); token != null; token = lexer.scan()) {
				tokens.add(token);
			}
			return tokens;
		}
		catch (ExpressionSyntaxErrorException | IllegalArgumentException | StringIndexOutOfBoundsException ex) {
			throw FormulaErrors.syntax(ex, source);
		}
	}

	/** Keywords carry no index: they are found after the previous token. */
	private static int startOf(Token<?> token, String source, List<FormulaToken> before) {
		if (token.getStartIndex() >= 0) {
			return token.getStartIndex();
		}
		int from = before.isEmpty() ? 0 : before.get(before.size() - 1).position();
		return Math.max(0, source.indexOf(token.getLexeme(), from));
	}

	private static FormulaToken number(String source, Token<?> token, int start) {
		if (!NUMBER.matcher(source).region(start, source.length()).lookingAt()) {
			throw forbidden(start, token.getLexeme());
		}
		var matcher = NUMBER.matcher(source).region(start, source.length());
		matcher.lookingAt();
		return new FormulaToken(Kind.NUMBER, matcher.group(), start + 1);
	}

	private static FormulaToken name(String source, Token<?> token, int start, boolean called) {
		String text = token.getLexeme();
		if (called) {
			if (!FormulaSandbox.FUNCTIONS.contains(text) || !source.startsWith(text, start)) {
				throw new FormulaException("formula.unknownFunction", text, start + 1, FormulaSandbox.FUNCTION_LIST);
			}
			return new FormulaToken(Kind.FUNCTION, text, start + 1);
		}
		if (text.equals("true") || text.equals("false")) {
			return new FormulaToken(Kind.BOOLEAN, text, start + 1);
		}
		// a keyword (no index), a dotted or internal name, or a name the lexer took from another syntax (#a, `a`)
		if (token.getStartIndex() < 0 || !NAME.matcher(text).matches() || !source.startsWith(text, start)) {
			throw forbidden(start, text);
		}
		return new FormulaToken(Kind.VARIABLE, text, start + 1);
	}

	/** Joins adjacent operator characters ({@code >=}, {@code &&}) and returns the index of the last one used. */
	private static int symbol(List<Token<?>> raw, int index, int start, List<FormulaToken> tokens) {
		String text = raw.get(index).getLexeme();
		int last = index;
		while (JOINING.contains(text.substring(text.length() - 1)) && last + 1 < raw.size()
				&& raw.get(last + 1).getStartIndex() == start + text.length()
				&& raw.get(last + 1).getType().name().equals("Char") && JOINING.contains(raw.get(last + 1).getLexeme())) {
			text += raw.get(++last).getLexeme();
		}
		Kind kind = switch (text) {
			case "(" -> Kind.OPEN;
			case ")" -> Kind.CLOSE;
			case "," -> Kind.COMMA;
			default -> {
				if (!OPERATORS.contains(text)) {
					throw forbidden(start, text);
				}
				yield Kind.OPERATOR;
			}
		};
		tokens.add(new FormulaToken(kind, text, start + 1));
		return last;
	}

	private static FormulaException forbidden(int start, String text) {
		return FormulaErrors.forbidden(start + 1, text);
	}
}
