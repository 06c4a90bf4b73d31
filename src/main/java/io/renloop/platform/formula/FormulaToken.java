package io.renloop.platform.formula;

/**
 * One token of a screened formula.
 * @param kind what the token is
 * @param text the token as written (operators merged: {@code >=}, {@code &&})
 * @param position 1-based character position in the formula, as people count
 */
record FormulaToken(Kind kind, String text, int position) {

	enum Kind {
		NUMBER, VARIABLE, FUNCTION, BOOLEAN, OPERATOR, OPEN, CLOSE, COMMA
	}

	boolean is(Kind expected, String expectedText) {
		return kind == expected && text.equals(expectedText);
	}
}
