package io.renloop.platform;

import java.util.function.LongUnaryOperator;

/**
 * Capped counts of long lists ({@link io.renloop.shared.CappedTotals}) that remember, for a short while, which lists
 * of the current tenant are longer than the limit: the pages of a list of 100,000 rows then skip even the capped
 * count, which still reads 10,000 index entries. Only the fact that a list is longer than the limit is remembered,
 * never an exact count, so a short list's total is always current; a long list that shrinks below the limit shows
 * 10,000+ for at most half a minute.
 */
public interface LongListTotals {

	/**
	 * @param list identifies the list within the tenant, e.g. its SQL with the arguments
	 * @param limit count no further than this
	 * @param countUpTo counts the list's rows, stopping at the given number
	 * @return the rows counted, at most {@code limit}; {@code limit} itself when the list is known to be that long
	 */
	long countUpTo(String list, long limit, LongUnaryOperator countUpTo);
}
