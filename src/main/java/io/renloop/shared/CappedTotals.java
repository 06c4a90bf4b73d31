package io.renloop.shared;

import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Pages of long lists whose totals are counted only up to {@link #COUNT_LIMIT}. Counting every match costs as
 * much as reading them all (about 20 ms of database CPU for 100,000 rows, even from an index), which would make
 * the first page of a big list cost ten times its rows. So the total is exact up to the limit and beyond it a
 * lower bound (shown as 10,000+, {@code totalExact: false}). The page itself is read one row longer than asked, which
 * tells whether more follow: a last page needs no count at all, and a page deep in a long list reports what is
 * known for certain instead of counting to the end.
 */
public final class CappedTotals {

	/** Lists are counted up to this many rows; a longer list shows "10,000+". */
	public static final int COUNT_LIMIT = 10_000;

	private CappedTotals() {
	}

	/**
	 * @param rows the rows read for the page: at most {@code size + 1}, starting at {@code number * size}
	 * @param number the zero-based page number
	 * @param size the page size
	 * @param countUpTo counts the list's rows, stopping at the given number
	 */
	public static <T> PageView<T> page(List<T> rows, int number, int size, LongUnaryOperator countUpTo) {
		long offset = (long) number * size;
		boolean more = rows.size() > size;
		List<T> content = more ? rows.subList(0, size) : rows;
		if (!more && (!content.isEmpty() || offset == 0)) {
			return PageView.of(List.copyOf(content), number, size, offset + content.size(), true);
		}
		if (more && offset + size >= COUNT_LIMIT) {
			return PageView.of(List.copyOf(content), number, size, offset + size + 1, false);
		}
		return counted(content, number, size, countUpTo);
	}

	/**
	 * A page whose position in the list is not known from its number (keyset paging): the whole list is counted,
	 * up to the limit.
	 * @param content the rows of the page, at most {@code size}
	 */
	public static <T> PageView<T> counted(List<T> content, int number, int size, LongUnaryOperator countUpTo) {
		long counted = countUpTo.applyAsLong(COUNT_LIMIT + 1);
		return counted > COUNT_LIMIT ? PageView.of(List.copyOf(content), number, size, COUNT_LIMIT, false)
				: PageView.of(List.copyOf(content), number, size, counted, true);
	}
}
