package io.renloop.analytics.internal.attrition;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SheetTable;
import io.renloop.platform.SpreadsheetReader;
import io.renloop.platform.UnreadableFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An uploaded table of people (CSV in UTF-8 or GBK, with or without BOM, or Excel): read through the platform's
 * spreadsheet reader and checked, with a 4xx naming the problem — the file, the target column, the positive value,
 * an excluded column, or the columns a model needs.
 */
final class CsvUpload {

	/** Larger files are refused before reading (the reader also stops at its row limit). */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final SheetTable table;

	private final List<String> header;

	private CsvUpload(SheetTable table) {
		this.table = table;
		this.header = table.header().stream().map(name -> name == null ? "" : name.strip()).toList();
	}

	static CsvUpload read(String fileName, byte[] content) {
		if (content != null && content.length > MAX_BYTES) {
			throw new BusinessRuleException(413, "analytics.attrition.fileTooBig", MAX_BYTES / (1024 * 1024));
		}
		SheetTable table;
		try {
			table = SpreadsheetReader.read(fileName, content);
		}
		catch (UnreadableFileException ex) {
			throw InvalidFieldsException.of("file", ex.messageKey(), ex.arguments());
		}
		CsvUpload upload = new CsvUpload(table);
		upload.checkHeader();
		if (table.rows().isEmpty()) {
			throw InvalidFieldsException.of("file", "error.import.noRows");
		}
		return upload;
	}

	/**
	 * The people to learn from: {@code target} says who left ({@code positive}, compared ignoring case), protected
	 * and {@code exclude}d columns are removed.
	 */
	Training training(String target, String positive, List<String> exclude) {
		int targetIndex = indexOf(target);
		if (targetIndex < 0) {
			throw InvalidFieldsException.of("target", "analytics.attrition.unknownTarget", target, String.join(", ", header));
		}
		List<String> unknown = exclude.stream().filter(name -> indexOf(name) < 0).toList();
		if (!unknown.isEmpty()) {
			throw InvalidFieldsException.of("exclude", "analytics.attrition.unknownExclude", String.join(", ", unknown));
		}
		Set<Integer> skipped = new HashSet<>(List.of(targetIndex));
		exclude.forEach(name -> skipped.add(indexOf(name)));
		List<String> droppedProtected = new ArrayList<>();
		List<Integer> featureIndexes = new ArrayList<>();
		for (int c = 0; c < header.size(); c++) {
			if (skipped.contains(c)) {
				continue;
			}
			if (ProtectedAttributes.isProtected(header.get(c))) {
				droppedProtected.add(header.get(c));
			}
			else {
				featureIndexes.add(c);
			}
		}
		boolean[] left = labels(targetIndex, positive);
		List<String> columns = featureIndexes.stream().map(header::get).toList();
		if (columns.isEmpty()) {
			throw InvalidFieldsException.of("file", "analytics.attrition.noFeatures", String.join(", ", header));
		}
		return new Training(new TrainingSet(columns, cells(featureIndexes), left), droppedProtected,
				exclude.stream().map(String::strip).toList());
	}

	/** The rows' cells of {@code columns}, which must all be in the header. */
	List<String[]> rowsOf(List<String> columns) {
		List<String> missing = columns.stream().filter(name -> indexOf(name) < 0).toList();
		if (!missing.isEmpty()) {
			throw InvalidFieldsException.of("file", "analytics.attrition.missingColumns", String.join(", ", missing));
		}
		return cells(columns.stream().map(this::indexOf).toList());
	}

	/** The row numbers a spreadsheet shows, aligned with the rows. */
	List<Integer> rowNumbers() {
		return table.rows().stream().map(SheetTable.Row::number).toList();
	}

	/**
	 * @param set the people to learn from
	 * @param droppedProtected the protected columns removed
	 * @param excluded the columns removed on request
	 */
	record Training(TrainingSet set, List<String> droppedProtected, List<String> excluded) {
	}

	private boolean[] labels(int targetIndex, String positive) {
		String wanted = positive.strip().toLowerCase(Locale.ROOT);
		boolean[] left = new boolean[table.rows().size()];
		Set<String> seen = new LinkedHashSet<>();
		int leavers = 0;
		for (int i = 0; i < left.length; i++) {
			SheetTable.Row row = table.rows().get(i);
			String value = row.cell(targetIndex).strip();
			if (value.isEmpty()) {
				throw InvalidFieldsException.of("file", "analytics.attrition.blankTarget", header.get(targetIndex),
						row.number());
			}
			seen.add(value);
			left[i] = value.toLowerCase(Locale.ROOT).equals(wanted);
			leavers += left[i] ? 1 : 0;
		}
		if (leavers == 0) {
			throw InvalidFieldsException.of("positive", "analytics.attrition.positiveNotFound", positive,
					header.get(targetIndex), String.join(", ", seen.stream().limit(10).toList()));
		}
		int stayers = left.length - leavers;
		if (leavers < ModelFitting.MIN_PER_CLASS || stayers < ModelFitting.MIN_PER_CLASS) {
			throw InvalidFieldsException.of("target", "analytics.attrition.tooFewPerClass", header.get(targetIndex),
					leavers, stayers, ModelFitting.MIN_PER_CLASS);
		}
		return left;
	}

	private List<String[]> cells(List<Integer> indexes) {
		return table.rows().stream().map(row -> {
			String[] cells = new String[indexes.size()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = row.cell(indexes.get(i)).strip();
			}
			return cells;
		}).toList();
	}

	private void checkHeader() {
		Set<String> seen = new HashSet<>();
		for (String name : header) {
			if (name.isEmpty()) {
				throw InvalidFieldsException.of("file", "analytics.attrition.blankColumnName");
			}
			if (!seen.add(name.toLowerCase(Locale.ROOT))) {
				throw InvalidFieldsException.of("file", "error.import.duplicateColumn", name);
			}
		}
	}

	private int indexOf(String name) {
		String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		for (int c = 0; c < header.size(); c++) {
			if (header.get(c).toLowerCase(Locale.ROOT).equals(wanted)) {
				return c;
			}
		}
		return -1;
	}
}
