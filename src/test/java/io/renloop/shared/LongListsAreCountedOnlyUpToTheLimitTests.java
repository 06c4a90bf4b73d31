package io.renloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A page of a long list counts the list only up to 10,000 rows and reports a lower bound beyond it; a page that
 * shows the end of the list needs no count at all, and a page deep in the list none either.
 */
class LongListsAreCountedOnlyUpToTheLimitTests {

	private final AtomicLong counts = new AtomicLong();

	@Test
	void aShortListIsCountedExactlyFromItsOnlyPage() {
		PageView<Integer> page = CappedTotals.page(rows(0, 8), 0, 20, listOf(8));

		assertThat(page.content()).hasSize(8);
		assertThat(page.page()).isEqualTo(new PageView.PageMetadata(0, 20, 8, 1, true));
		assertThat(counts).as("no count needed").hasValue(0);
	}

	@Test
	void theLastPageKnowsTheTotalWithoutCounting() {
		PageView<Integer> page = CappedTotals.page(rows(40, 7), 2, 20, listOf(47));

		assertThat(page.page()).isEqualTo(new PageView.PageMetadata(2, 20, 47, 3, true));
		assertThat(counts).hasValue(0);
	}

	@Test
	void aListUpToTheLimitIsCountedExactly() {
		PageView<Integer> page = CappedTotals.page(rows(0, 21), 0, 20, listOf(10_000));

		assertThat(page.content()).as("the extra row only tells that more follow").hasSize(20);
		assertThat(page.page()).isEqualTo(new PageView.PageMetadata(0, 20, 10_000, 500, true));
		assertThat(counts).hasValue(1);
	}

	@Test
	void aLongerListShowsTheLimitAsALowerBound() {
		PageView<Integer> page = CappedTotals.page(rows(0, 21), 0, 20, listOf(100_303));

		assertThat(page.page().totalExact()).isFalse();
		assertThat(page.page().totalElements()).isEqualTo(10_000);
		assertThat(page.page().totalPages()).isEqualTo(500);
	}

	@Test
	void aPageBeyondTheLimitIsNotCountedAndPromisesOneMorePage() {
		PageView<Integer> page = CappedTotals.page(rows(75_000, 21), 3_750, 20, listOf(100_303));

		assertThat(page.page()).isEqualTo(new PageView.PageMetadata(3_750, 20, 75_021, 3_752, false));
		assertThat(counts).hasValue(0);
	}

	@Test
	void aPageBeyondTheEndIsCounted() {
		PageView<Integer> page = CappedTotals.page(List.of(), 9, 20, listOf(47));

		assertThat(page.content()).isEmpty();
		assertThat(page.page()).isEqualTo(new PageView.PageMetadata(9, 20, 47, 3, true));
	}

	@Test
	void aPageAfterACursorCountsTheWholeList() {
		PageView<Integer> page = CappedTotals.counted(rows(0, 20), 0, 20, listOf(100_303));

		assertThat(page.content()).hasSize(20);
		assertThat(page.page()).isEqualTo(new PageView.PageMetadata(0, 20, 10_000, 500, false));
	}

	/** A list of this many rows, counted as a capped SQL count would. */
	private LongUnaryOperator listOf(long rows) {
		return limit -> {
			counts.incrementAndGet();
			return Math.min(rows, limit);
		};
	}

	private static List<Integer> rows(int from, int count) {
		return new ArrayList<>(IntStream.range(from, from + count).boxed().toList());
	}
}
