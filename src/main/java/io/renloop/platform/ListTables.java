package io.renloop.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desk's list tables: a page builds its {@link ListTable} here (the signed-in user's hidden columns read in),
 * and the column chooser remembers the columns the user shows.
 */
public interface ListTables {

	/**
	 * The table {@code key} at {@code path} with the user's hidden columns, the order from the URL (ignored unless
	 * it names a sortable column) and the filters.
	 */
	ListTable table(String key, String path, List<String> columns, Set<String> sortable, String sort,
			Map<String, String> filters);

	/**
	 * Remembers for the signed-in user which of the table's columns are shown; the others are hidden. Keys and
	 * column names are short words ({@code [A-Za-z0-9-]}); anything else is refused with an
	 * {@link IllegalArgumentException}. At least one column stays shown.
	 */
	void show(String key, Collection<String> columns, Collection<String> shown);
}
