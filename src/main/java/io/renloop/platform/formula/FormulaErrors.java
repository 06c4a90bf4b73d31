package io.renloop.platform.formula;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Aviator's failures as {@link FormulaException}s people can act on: what is wrong, and where. */
final class FormulaErrors {

	// Aviator's parser reports: ... at 7, lineNumber: 1, token : [type='Char',lexeme=')',index=6]
	private static final Pattern AT = Pattern.compile("\\bat (\\d+)");

	private static final Pattern LEXEME = Pattern.compile("lexeme='([^']{0,20})'");

	private FormulaErrors() {
	}

	/** Something formulas may not contain, at a 1-based position. */
	static FormulaException forbidden(int position, String text) {
		return new FormulaException("formula.forbidden", position, text);
	}

	/** A feature the screen let pass and the parser refused: named by the formula's start. */
	static FormulaException forbidden(String source) {
		return forbidden(1, source.substring(0, Math.min(20, source.length())));
	}

	static FormulaException syntax(RuntimeException ex, String source) {
		String message = String.valueOf(ex.getMessage());
		Matcher at = AT.matcher(message);
		int position = at.find() ? Math.min(Integer.parseInt(at.group(1)), source.length()) : source.length();
		Matcher lexeme = LEXEME.matcher(message);
		String near = lexeme.find() ? lexeme.group(1) : "";
		if (near.isEmpty() || near.equals("null")) {
			near = source.substring(Math.max(0, position - 10), position).strip();
		}
		return new FormulaException("formula.syntax", Math.max(1, position), near);
	}
}
