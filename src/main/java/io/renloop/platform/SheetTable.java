package io.renloop.platform;

import java.util.List;

/**
 * The text of an uploaded sheet: its header row and its non-blank data rows.
 *
 * @param header the header cells as written
 * @param rows data rows; blank rows are left out but keep their numbers
 */
public record SheetTable(List<String> header, List<Row> rows) {

	/**
	 * @param number the row number a spreadsheet shows (the header is usually row 1)
	 * @param cells the cell texts, aligned with the header
	 */
	public record Row(int number, List<String> cells) {

		public String cell(int index) {
			return index < cells.size() ? cells.get(index) : "";
		}

		public boolean blank() {
			return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
		}
	}
}
