package io.renloop.recruitment.evaluation;

import io.renloop.recruitment.ResumeDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A resume as a layout: rows of one or more cells (cells are columns at tab stops) and tables. Rendered as plain
 * text (columns become runs of spaces, tables too), DOCX (tabs and real tables, with POI) or PDF (columns at
 * positions, with PDFBox).
 */
final class EvaluationDocument {

	private sealed interface Block permits Row, Table {
	}

	private record Row(List<String> cells) implements Block {
	}

	private record Table(List<List<String>> rows) implements Block {
	}

	private final List<Block> blocks = new ArrayList<>();

	/** A line; several cells are columns. */
	EvaluationDocument line(String... cells) {
		blocks.add(new Row(List.of(cells)));
		return this;
	}

	EvaluationDocument blank() {
		return line("");
	}

	/** A table, the first row usually its header. */
	EvaluationDocument table(List<List<String>> rows) {
		blocks.add(new Table(List.copyOf(rows)));
		return this;
	}

	String text() {
		StringBuilder text = new StringBuilder();
		for (Block block : blocks) {
			List<List<String>> rows = block instanceof Table table ? table.rows() : List.of(((Row) block).cells());
			for (List<String> row : rows) {
				text.append(String.join("    ", row)).append('\n');
			}
		}
		return text.toString();
	}

	byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Block block : blocks) {
				if (block instanceof Row row) {
					XWPFParagraph paragraph = document.createParagraph();
					for (int c = 0; c < row.cells().size(); c++) {
						XWPFRun run = paragraph.createRun();
						if (c > 0) {
							run.addTab();
						}
						run.setText(row.cells().get(c));
					}
				}
				else if (block instanceof Table table) {
					int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
					XWPFTable grid = document.createTable(table.rows().size(), columns);
					for (int r = 0; r < table.rows().size(); r++) {
						XWPFTableRow gridRow = grid.getRow(r);
						List<String> cells = table.rows().get(r);
						for (int c = 0; c < cells.size(); c++) {
							gridRow.getCell(c).setText(cells.get(c));
						}
					}
					document.createParagraph();
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] pdf(boolean chinese) {
		List<List<String>> rows = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof Table table) {
				rows.addAll(table.rows());
			}
			else {
				rows.add(((Row) block).cells());
			}
		}
		return ResumeDocuments.columnsPdf(rows, chinese);
	}
}
