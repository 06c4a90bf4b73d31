package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.DateRanges.DateRange;
import io.renloop.recruitment.internal.EntryBlocks.Block;
import io.renloop.recruitment.internal.LineCells.Cell;
import io.renloop.recruitment.internal.ResumeSections.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of an education or experience entry — the lines that name the school or employer, the degree or
 * title and the dates, before the bullets and descriptions — as cells. A cell knows its role when a label
 * ("专业：", "Title:") or the column of a table ("时间 学校 专业 学历") says it; otherwise the readers decide by what
 * the cell holds.
 */
final class EntryHead {

	/** What a cell holds, when the layout says so. */
	enum Role {
		DATE, SCHOOL, MAJOR, DEGREE, ORGANIZATION, TITLE, OTHER
	}

	private static final int MAX_HEAD_LINES = 3;

	private static final Map<Role, Pattern> LABELS = Map.of(Role.DATE,
			Pattern.compile("时间|起止时间|起止日期|日期|在校时间|就读时间|任职时间|工作时间|dates?|period|duration|years?"),
			Role.SCHOOL, Pattern.compile("学校|院校|毕业院校|学校名称|就读学校|school|university|institution|college"),
			Role.MAJOR, Pattern.compile("专业|所学专业|专业名称|major|field(?: of study)?|concentration"), Role.DEGREE,
			Pattern.compile("学历|学位|学历学位|学历/学位|degree|qualification|level"), Role.ORGANIZATION,
			Pattern.compile("公司|公司名称|单位|工作单位|任职单位|雇主|company|employer|organi[sz]ation|firm"), Role.TITLE,
			Pattern.compile("职位|岗位|职务|担任职务|职位名称|title|job title|position|role"), Role.OTHER,
			Pattern.compile("部门|所在部门|地点|城市|工作地点|下属人数|薪资|离职原因|工作内容|主要职责|工作职责|职责|描述|工作描述|"
					+ "department|location|city|team|reason for leaving|description|responsibilities|duties|achievements"));

	private static final Pattern LABELLED = Pattern.compile("^([^:：]{1,12})\\s*[:：]\\s*(.+)$");

	private static final Pattern DESCRIPTION = Pattern.compile("[。；;!！]|[.]$|^(?:负责|参与|主导|主要|协助|完成|工作内容|职责|"
			+ "(?i:responsible|led|built|managed|developed|designed|worked|responsibilities|achievements?)\\b)");

	private final List<RoleCell> cells;

	private final DateRange dates;

	private EntryHead(List<RoleCell> cells, DateRange dates) {
		this.cells = cells;
		this.dates = dates;
	}

	/** The head of {@code block}; {@code columns} are the roles of a table's columns, or null. */
	static EntryHead of(Block block, List<Role> columns) {
		List<RoleCell> cells = new ArrayList<>();
		DateRange dates = null;
		int taken = 0;
		boolean datedSeen = false;
		for (Line line : block.lines()) {
			boolean dated = EntryBlocks.dated(line.text());
			if (taken > 0 && (EntryBlocks.bullet(line.text()) || datedSeen && !shortLine(line.text()))) {
				break;
			}
			if (taken >= MAX_HEAD_LINES && datedSeen) {
				break;
			}
			String text = EntryBlocks.unbulleted(line.text());
			int offset = line.offset() + line.text().length() - text.length();
			List<Cell> lineCells = columns != null && text.contains("\t") ? LineCells.ofTableRow(text) : LineCells.of(text);
			boolean tableRow = columns != null && lineCells.size() == columns.size();
			Role pending = null;
			for (int i = 0; i < lineCells.size(); i++) {
				Cell cell = lineCells.get(i);
				Role column = tableRow ? columns.get(i) : null;
				if (cell.date()) {
					dates = dates == null ? DateRanges.first(cell.text()) : dates;
					pending = null;
				}
				else if (column == null && (JobCells.isCityBeforeState(cell.text(), next(lineCells, i))
						|| JobCells.isStateCode(cell.text()) && i > 0
								&& JobCells.isCityBeforeState(lineCells.get(i - 1).text(), cell.text()))) {
					// "Athens, GA" is a place; "Airbnb Boston, MA" (columns a PDF joined) an employer and its city
					String kept = JobCells.withoutTrailingCity(cell.text());
					cells.add(new RoleCell(kept, kept.equals(cell.text()) ? Role.OTHER : null, offset + cell.start()));
				}
				else if (column == null && role(cell.text()) != null) {
					// a bare label ("company - Matelabs", "时间：" before its dates) names the next cell
					pending = role(cell.text());
				}
				else {
					cells.add(labelled(cell, offset, column != null ? column : pending));
					pending = null;
				}
			}
			datedSeen |= dated;
			taken++;
		}
		return new EntryHead(cells, dates);
	}

	private static String next(List<Cell> cells, int index) {
		return index + 1 < cells.size() ? cells.get(index + 1).text() : null;
	}

	/** The roles of a table's header row ("时间 学校 专业 学历"), or null when {@code line} is not one. */
	static List<Role> columns(String line) {
		List<Cell> cells = LineCells.of(line);
		if (cells.size() < 2) {
			return null;
		}
		List<Role> roles = new ArrayList<>();
		for (Cell cell : cells) {
			Role role = role(cell.text());
			if (role == null) {
				return null;
			}
			roles.add(role);
		}
		return roles;
	}

	private static RoleCell labelled(Cell cell, int lineOffset, Role column) {
		Matcher m = LABELLED.matcher(cell.text());
		if (m.matches()) {
			Role role = role(m.group(1));
			if (role != null) {
				return new RoleCell(m.group(2).strip(), role, lineOffset + cell.start() + m.start(2));
			}
		}
		return new RoleCell(cell.text(), column, lineOffset + cell.start());
	}

	private static Role role(String label) {
		String bare = label.strip().toLowerCase(Locale.ROOT);
		for (Map.Entry<Role, Pattern> entry : LABELS.entrySet()) {
			if (entry.getValue().matcher(bare).matches()) {
				return entry.getKey();
			}
		}
		return null;
	}

	private static boolean shortLine(String text) {
		return text.strip().length() <= 60 && !DESCRIPTION.matcher(text.strip()).find();
	}

	List<RoleCell> cells() {
		return cells;
	}

	DateRange dates() {
		return dates;
	}

	/** The first cell a label or column marks with {@code role}, or null. */
	RoleCell marked(Role role) {
		return cells.stream().filter(c -> c.role() == role).findFirst().orElse(null);
	}

	/** A cell of the head, its role if the layout gives one (else null), and its offset in the whole text. */
	record RoleCell(String text, Role role, int offset) {
	}
}
