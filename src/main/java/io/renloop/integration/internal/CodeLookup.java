package io.renloop.integration.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Codes (department codes, employee numbers...) as they stand during one import: those already in the
 * tenant, those the file defines, and those saved so far in this run.
 */
final class CodeLookup {

	private final Map<String, UUID> ids;

	private final Map<String, Integer> firstRowOf = new HashMap<>();

	private CodeLookup(Map<String, UUID> existing) {
		this.ids = new HashMap<>(existing);
	}

	/** Codes of the tenant only, for references to records the file does not define. */
	static CodeLookup existing(Map<String, UUID> existing) {
		return new CodeLookup(existing);
	}

	/** Codes of the tenant and those defined by the rows of the file, under the given column. */
	static CodeLookup withFile(Map<String, UUID> existing, List<ImportRow> rows, Function<ImportRow, String> code) {
		CodeLookup lookup = new CodeLookup(existing);
		rows.forEach(row -> {
			String value = code.apply(row);
			if (value != null) {
				lookup.firstRowOf.putIfAbsent(value, row.number());
			}
		});
		return lookup;
	}

	/**
	 * Reports a code that another row of the file already defines, or that the tenant already has.
	 * @param takenKey the owning module's message key for a code in use
	 */
	void checkNew(ImportRow row, String column, String code, String takenKey) {
		if (code == null) {
			return;
		}
		Integer first = firstRowOf.get(code);
		if (first != null && first != row.number()) {
			row.error(column, "error.import.duplicateInFile", code, first);
		}
		else if (ids.containsKey(code)) {
			row.error(column, takenKey, code);
		}
	}

	/**
	 * @param unknownKey the message key when nothing has this code
	 * @return the id, or null after reporting why the code does not resolve
	 */
	UUID resolve(ImportRow row, String column, String code, String unknownKey) {
		UUID id = ids.get(code);
		if (id != null) {
			return id;
		}
		Integer definedIn = firstRowOf.get(code);
		if (definedIn != null) {
			row.error(column, "error.import.referenceNotSaved", code, definedIn);
		}
		else {
			row.error(column, unknownKey, code);
		}
		return null;
	}

	void saved(String code, UUID id) {
		if (code != null) {
			ids.put(code, id);
		}
	}
}
