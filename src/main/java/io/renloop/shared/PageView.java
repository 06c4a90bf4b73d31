package io.renloop.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the API's paging shape: {@code {"content": [...], "page": {...}}}.
 *
 * @param content the items of this page
 * @param page where this page sits in the whole list
 */
public record PageView<T>(List<T> content, PageMetadata page) {

	public static <T> PageView<T> of(List<T> content, int number, int size, long totalElements) {
		return of(content, number, size, totalElements, true);
	}

	/**
	 * @param totalExact false when {@code totalElements} is only a lower bound (a list too long to count on every
	 * request, shown as 10,000+)
	 */
	public static <T> PageView<T> of(List<T> content, int number, int size, long totalElements, boolean totalExact) {
		int totalPages = size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (totalElements + size - 1) / size);
		return new PageView<>(content, new PageMetadata(number, size, totalElements, totalPages, totalExact));
	}

	public <R> PageView<R> map(Function<T, R> mapper) {
		return new PageView<>(content.stream().map(mapper).toList(), page);
	}

	/**
	 * @param number zero-based page number
	 * @param size page size
	 * @param totalElements items in the whole list; a lower bound when {@code totalExact} is false
	 * @param totalPages pages in the whole list; likewise a lower bound when {@code totalExact} is false
	 * @param totalExact whether the totals are exact: long lists are counted only up to a limit, so that a page
	 * costs the same at 100 and at 100,000 rows
	 */
	public record PageMetadata(int number, int size, long totalElements, int totalPages, boolean totalExact) {

		public PageMetadata(int number, int size, long totalElements, int totalPages) {
			this(number, size, totalElements, totalPages, true);
		}
	}
}
