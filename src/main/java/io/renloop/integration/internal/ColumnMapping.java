package io.renloop.integration.internal;

import io.renloop.platform.SheetTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column sits in a file's header. Unknown, repeated and missing required columns are
 * problems of the whole file, each naming the column.
 */
final class ColumnMapping {

	private final Map<String, Integer> indexByKey;

	private final Map<String, String> headerByKey;

	private final Map<String, String> displayByKey;

	private ColumnMapping(Map<String, Integer> indexByKey, Map<String, String> headerByKey,
			Map<String, String> displayByKey) {
		this.indexByKey = indexByKey;
		this.headerByKey = headerByKey;
		this.displayByKey = displayByKey;
	}

	static ColumnMapping resolve(List<ImportColumn> columns, List<String> header, RowErrors errors) {
		Map<String, Integer> indexByKey = new HashMap<>();
		Map<String, String> headerByKey = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String label = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").strip();
			if (label.isEmpty()) {
				continue;
			}
			ImportColumn column = columns.stream().filter(c -> c.matches(label)).findFirst().orElse(null);
			if (column == null) {
				errors.file("error.import.unknownColumn", label);
			}
			else if (indexByKey.putIfAbsent(column.key(), i) != null) {
				errors.file("error.import.duplicateColumn", label);
			}
			else {
				headerByKey.put(column.key(), label);
			}
		}
		Map<String, String> displayByKey = new HashMap<>();
		for (ImportColumn column : columns) {
			displayByKey.put(column.key(), column.header(errors.locale()));
			if (column.required() && !indexByKey.containsKey(column.key())) {
				errors.file("error.import.missingColumn", column.header(errors.locale()));
			}
		}
		return new ColumnMapping(indexByKey, headerByKey, displayByKey);
	}

	/** The row's values by column key; columns absent from the file are absent here. */
	Map<String, String> values(SheetTable.Row row) {
		Map<String, String> values = new HashMap<>();
		indexByKey.forEach((key, index) -> values.put(key, row.cell(index)));
		return values;
	}

	/** The column as the file names it, or in the user's language when the file lacks it. */
	String header(String key) {
		return headerByKey.getOrDefault(key, displayByKey.getOrDefault(key, key));
	}
}
