package io.renloop.platform;

/**
 * The one rule that keeps spreadsheet programs from running exported text as a formula (CSV or formula
 * injection, OWASP): a cell whose text starts with a tab or a carriage return, or whose first character after
 * any leading white space is {@code =}, {@code +}, {@code -} or {@code @}, is written with a leading apostrophe.
 * So is such text behind apostrophes of its own, so that reading a cell back is exact. Every CSV and Excel export goes through {@link SpreadsheetFiles}, which applies it to every cell; importers
 * undo it with {@link #restored(String)} so that an exported file imports unchanged.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_START = "=+-@";

	private SpreadsheetCells() {
	}

	/** The value as it is safe to write into a cell: unchanged, or with a leading apostrophe. */
	public static String neutralised(String value) {
		return needsApostrophe(value) ? "'" + value : value;
	}

	/** Undoes {@link #neutralised(String)}: a value read from a cell, without the apostrophe an export added. */
	public static String restored(String value) {
		if (value != null && value.startsWith("'") && needsApostrophe(value.substring(1))) {
			return value.substring(1);
		}
		return value;
	}

	private static boolean needsApostrophe(String value) {
		if (value == null) {
			return false;
		}
		int i = 0;
		while (i < value.length() && value.charAt(i) == '\'') {
			i++;
		}
		return startsLikeFormula(value.substring(i));
	}

	/**
	 * Whether a spreadsheet program could take the value for a formula. White space is skipped first, line
	 * breaks included, because programs trim it and a cell may start on its second line.
	 */
	public static boolean startsLikeFormula(String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
			return true;
		}
		int i = 0;
		while (i < value.length() && isBlank(value.charAt(i))) {
			i++;
		}
		return i < value.length() && FORMULA_START.indexOf(value.charAt(i)) >= 0;
	}

	private static boolean isBlank(char c) {
		// isSpaceChar adds the no-break and the ideographic space, which isWhitespace leaves out
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
