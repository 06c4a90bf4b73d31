package io.renloop.integration.internal;

import io.renloop.integration.ImportKind;
import io.renloop.platform.SheetTable;
import io.renloop.platform.SpreadsheetReader;
import io.renloop.platform.UnreadableFileException;
import java.util.List;

/**
 * Turns an upload into data rows keyed by column, or into file-level problems when it is unreadable or
 * its header does not fit the kind.
 */
final class ImportFile {

	private ImportFile() {
	}

	/** @return the rows, or an empty list after reporting why the file cannot be imported */
	static List<ImportRow> rows(ImportKind kind, String fileName, byte[] content, RowErrors errors) {
		SheetTable table;
		try {
			table = SpreadsheetReader.read(fileName, content);
		}
		catch (UnreadableFileException ex) {
			errors.file(ex.messageKey(), ex.arguments());
			return List.of();
		}
		ColumnMapping columns = ColumnMapping.resolve(ImportLayout.columns(kind), table.header(), errors);
		if (errors.any()) {
			return List.of();
		}
		if (table.rows().isEmpty()) {
			errors.file("error.import.noRows");
			return List.of();
		}
		return table.rows()
			.stream()
			.map(row -> new ImportRow(row.number(), columns.values(row), columns, errors))
			.toList();
	}
}
