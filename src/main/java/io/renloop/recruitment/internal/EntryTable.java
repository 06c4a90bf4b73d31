package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.EntryHead.Role;
import io.renloop.recruitment.internal.ResumeSections.Line;
import java.util.List;

/**
 * A section laid out as a table ("时间 | 学校 | 专业 | 学历" over one row per school, as DOCX resumes often are): the
 * roles of the header row's columns and the rows below it. A section without a header row has no columns and all
 * its lines are rows.
 * @param columns the role of each column, or null
 * @param rows the lines after the header row
 */
record EntryTable(List<Role> columns, List<Line> rows) {

	/** The header row is looked for in the first two lines (a note may precede the table). */
	private static final int HEADER_WITHIN = 2;

	static EntryTable of(List<Line> lines) {
		for (int i = 0; i < Math.min(HEADER_WITHIN, lines.size()); i++) {
			List<Role> columns = EntryHead.columns(lines.get(i).text());
			if (columns != null) {
				return new EntryTable(columns, lines.subList(i + 1, lines.size()));
			}
		}
		return new EntryTable(null, lines);
	}
}
