package io.renloop.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The state of one list table on a desk page: its columns, the ones the user hid (kept per user by
 * {@link ListTables}), the order picked by a column head and the filters, all of which live in the page's URL so
 * that a list can be shared and the back button returns to it. Pages use it in the {@code fragments/table}
 * fragments.
 *
 * @param key the table's name, unique in the product (the column chooser remembers columns under it)
 * @param path the list page's path
 * @param columns every column that may be shown, in order
 * @param sortable the columns whose head orders the list
 * @param hidden the columns the user hid
 * @param sort the order: a column, with a leading {@code -} for descending; empty for the list's own order
 * @param filters the list's filters as URL parameters (empty values left out)
 */
public record ListTable(String key, String path, List<String> columns, Set<String> sortable, Set<String> hidden,
		String sort, Map<String, String> filters) {

	/** The URL parameter of the order. */
	public static final String SORT = "sort";

	public ListTable {
		columns = List.copyOf(columns);
		sortable = Set.copyOf(sortable);
		hidden = Set.copyOf(hidden);
		String column = sort == null ? "" : sort.startsWith("-") ? sort.substring(1) : sort;
		sort = sortable.contains(column) ? sort : "";
		Map<String, String> present = new LinkedHashMap<>();
		filters.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				present.put(name, value);
			}
		});
		filters = present;
	}

	/**
	 * Whether a request for the list page wants only the table (htmx after a filter, order or page change) rather
	 * than the whole page; htmx restoring a page from history, or a boosted link, needs the whole page.
	 */
	public static boolean rowsOnly(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null
				&& request.getHeader("HX-Boosted") == null;
	}

	/** Whether the column is shown. */
	public boolean shows(String column) {
		return !hidden.contains(column);
	}

	/** The number of columns shown, for an empty row that spans them all. */
	public int shownCount() {
		return (int) columns.stream().filter(this::shows).count();
	}

	/** Whether the list is ordered by the column, either way. */
	public boolean sortedBy(String column) {
		return sort.equals(column) || sort.equals("-" + column);
	}

	/** Whether the list is ordered by the column, descending. */
	public boolean descending(String column) {
		return sort.equals("-" + column);
	}

	/** The ARIA sort state of a column head. */
	public String ariaSort(String column) {
		return !sortedBy(column) ? "none" : descending(column) ? "descending" : "ascending";
	}

	/** The list's URL ordered by the column: ascending first, descending when it is already ascending. */
	public String sortUrl(String column) {
		return url(sort.equals(column) ? "-" + column : column, null);
	}

	/** The list's URL on a page. */
	public String pageUrl(int page) {
		return url(sort, page);
	}

	/** The URL of the export of this list (its filters and order), at {@code path + "/export"}. */
	public String exportUrl() {
		return query(UriComponentsBuilder.fromPath(path + "/export"), sort, null);
	}

	/** Whether any filter is set, to tell an empty list from a filtered one. */
	public boolean filtered() {
		return !filters.isEmpty();
	}

	private String url(String order, Integer page) {
		return query(UriComponentsBuilder.fromPath(path), order, page);
	}

	private String query(UriComponentsBuilder builder, String order, Integer page) {
		filters.forEach(builder::queryParam);
		if (!order.isEmpty()) {
			builder.queryParam(SORT, order);
		}
		if (page != null && page > 0) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}
}
