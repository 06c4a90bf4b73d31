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
		int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
		return new PageView<>(content, new PageMetadata(number, size, totalElements, totalPages));
	}

	public <R> PageView<R> map(Function<T, R> mapper) {
		return new PageView<>(content.stream().map(mapper).toList(), page);
	}

	/**
	 * @param number zero-based page number
	 * @param size page size
	 * @param totalElements items in the whole list
	 * @param totalPages pages in the whole list
	 */
	public record PageMetadata(int number, int size, long totalElements, int totalPages) {
	}
}
