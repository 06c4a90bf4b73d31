package io.renloop.analytics.internal.attrition;

/** Reads numbers as spreadsheets write them, with thousands separators, a percent sign or spaces around; blank or text is no number. */
final class NumberCells {

	private NumberCells() {
	}

	static Double parse(String cell) {
		if (cell == null) {
			return null;
		}
		String text = cell.strip().replace(",", "");
		boolean percent = text.endsWith("%");
		if (percent) {
			text = text.substring(0, text.length() - 1);
		}
		if (text.isEmpty() || !text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
			return null;
		}
		double value = Double.parseDouble(text);
		return Double.isFinite(value) ? (percent ? value / 100 : value) : null;
	}
}
